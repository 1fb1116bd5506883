<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BriefingCommands</name>
    <message numerus="yes">
        <source>%1 · %Ln item(s), changed %2</source>
        <translation>
            <numerusform>%1 · %Ln item, changed %2</numerusform>
            <numerusform>%1 · %Ln items, changed %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message numerus="yes">
        <source>%1 hidden as not a name (Show hidden lists it, Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>%1 hidden as not a name (Show hidden lists it, Ctrl+Z takes it back)</numerusform>
            <numerusform>%1 hidden as not names (Show hidden lists them, Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 listed as the rules found it (Ctrl+Z puts the correction back)</source>
        <translation>
            <numerusform>%1 listed as the rules found it (Ctrl+Z puts the correction back)</numerusform>
            <numerusform>%1 listed as the rules found them (Ctrl+Z puts the corrections back)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntitiesView</name>
    <message numerus="yes">
        <source>%1 (%2): %Ln mention(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln mention</numerusform>
            <numerusform>%1 (%2): %Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of this kind holds these words; %Ln of other kinds do: choose All kinds.</source>
        <translation>
            <numerusform>None of this kind holds these words; %Ln of another kind does: choose All kinds.</numerusform>
            <numerusform>None of this kind holds these words; %Ln of other kinds do: choose All kinds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entities</source>
        <translation>
            <numerusform>%1 of %Ln entity</numerusform>
            <numerusform>%1 of %Ln entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message numerus="yes">
        <source>Copied %Ln highlight(s) as Markdown with citations</source>
        <translation>
            <numerusform>Copied %Ln highlight as Markdown with its citation</numerusform>
            <numerusform>Copied %Ln highlights as Markdown with citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exporting %Ln source(s)…</source>
        <translation>
            <numerusform>Exporting %Ln source…</numerusform>
            <numerusform>Exporting %Ln sources…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightsMode</name>
    <message numerus="yes">
        <source>Opened one of the %Ln chosen highlights; Ctrl+Shift+H brings back the list with all of them chosen.</source>
        <translation>
            <numerusform>Opened one of the %Ln chosen highlights; Ctrl+Shift+H brings back the list with all of them chosen.</numerusform>
            <numerusform>Opened one of the %Ln chosen highlights; Ctrl+Shift+H brings back the list with all of them chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightsView</name>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not imported: the library is open read-only.</source>
        <translation>
            <numerusform>%Ln file not imported: the library is open read-only.</numerusform>
            <numerusform>%Ln files not imported: the library is open read-only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not reached</source>
        <translation>
            <numerusform>, %Ln not reached</numerusform>
            <numerusform>, %Ln not reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import stopped part-way. %Ln file(s) stored before that are in the library; the rest were not imported.</source>
        <translation>
            <numerusform>The import stopped part-way. %Ln file stored before that is in the library; the rest were not imported.</numerusform>
            <numerusform>The import stopped part-way. %Ln files stored before that are in the library; the rest were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message numerus="yes">
        <source> · %Ln more import(s) queued</source>
        <translation>
            <numerusform> · %Ln more import queued</numerusform>
            <numerusform> · %Ln more imports queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln pasted or dropped text(s) queued</source>
        <translation>
            <numerusform> · %Ln pasted or dropped text queued</numerusform>
            <numerusform> · %Ln pasted or dropped texts queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>Import cancelled: %1 %Ln file(s) not reached were not imported; import the same files again to add them (those already in the library are skipped).</source>
        <translation>
            <numerusform>Import cancelled: %1 %Ln file not reached was not imported; import the same files again to add it (those already in the library are skipped).</numerusform>
            <numerusform>Import cancelled: %1 %Ln files not reached were not imported; import the same files again to add them (those already in the library are skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not stored: %1.</source>
        <translation>
            <numerusform>%Ln file not stored: %1.</numerusform>
            <numerusform>%Ln files not stored: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTagger</name>
    <message numerus="yes">
        <source>Give the %Ln source(s) this import added one tag</source>
        <translation>
            <numerusform>Give the %Ln source this import added one tag</numerusform>
            <numerusform>Give the %Ln sources this import added one tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln imported source(s):</source>
        <translation>
            <numerusform>Tag for the imported source:</numerusform>
            <numerusform>Tag for the %Ln imported sources:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged the %Ln imported source(s) “%1” (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Tagged the %Ln imported source “%1” (Ctrl+Z takes it back)</numerusform>
            <numerusform>Tagged the %Ln imported sources “%1” (Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message numerus="yes">
        <source>%Ln source(s) naming “%1”</source>
        <translation>
            <numerusform>%Ln source naming “%1”</numerusform>
            <numerusform>%Ln sources naming “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTable</name>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sele&amp;cted</source>
        <translation>
            <numerusform>%Ln sele&amp;cted</numerusform>
            <numerusform>%Ln sele&amp;cted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln source(s):</source>
        <translation>
            <numerusform>Tag for %Ln source:</numerusform>
            <numerusform>Tag for %Ln sources:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln source(s):</source>
        <translation>
            <numerusform>Tag to remove from %Ln source:</numerusform>
            <numerusform>Tag to remove from %Ln sources:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeChooser</name>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Add %Ln highlight(s) to briefing</source>
        <translation>
            <numerusform>Add %Ln highlight to briefing</numerusform>
            <numerusform>Add %Ln highlights to briefing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln highlight(s) to the briefing “%1”</source>
        <translation>
            <numerusform>Added %Ln highlight to the briefing “%1”</numerusform>
            <numerusform>Added %Ln highlights to the briefing “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting would replace %Ln file(s):

%1

Overwrite with a fresh export? Your version of each is kept beside it as a .bak file.</source>
        <translation>
            <numerusform>Exporting would replace %Ln file:

%1

Overwrite with a fresh export? Your version is kept beside it as a .bak file.</numerusform>
            <numerusform>Exporting would replace %Ln files:

%1

Overwrite with a fresh export? Your version of each is kept beside it as a .bak file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <translation>
            <numerusform>%Ln written</numerusform>
            <numerusform>%Ln written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already up to date</source>
        <translation>
            <numerusform>%Ln already up to date</numerusform>
            <numerusform>%Ln already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept because they were changed outside the app</source>
        <translation>
            <numerusform>%Ln kept because it was changed outside the app</numerusform>
            <numerusform>%Ln kept because they were changed outside the app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overwritten, your version of each kept beside it as a .bak file</source>
        <translation>
            <numerusform>%Ln overwritten, your version kept beside it as a .bak file</numerusform>
            <numerusform>%Ln overwritten, your version of each kept beside it as a .bak file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not exported</source>
        <translation>
            <numerusform>%Ln not exported</numerusform>
            <numerusform>%Ln not exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s) and a summary note</source>
        <translation>
            <numerusform>%Ln highlight and a summary note</numerusform>
            <numerusform>%Ln highlights and a summary note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s) and no note</source>
        <translation>
            <numerusform>%Ln highlight and no note</numerusform>
            <numerusform>%Ln highlights and no note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln quotes leave the briefing %1, and that briefing&apos;s export.</source>
        <translation>
            <numerusform>Its quote leaves the briefing %1, and that briefing&apos;s export.</numerusform>
            <numerusform>Its %Ln quotes leave the briefing %1, and that briefing&apos;s export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln quotes leave the briefings %1, and their exports.</source>
        <translation>
            <numerusform>Its quote leaves the briefings %1, and their exports.</numerusform>
            <numerusform>Its %Ln quotes leave the briefings %1, and their exports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <comment>after with</comment>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edits to %Ln source(s)</source>
        <translation>
            <numerusform>edits to %Ln source</numerusform>
            <numerusform>edits to %Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story grouping of %Ln source(s) set by hand</source>
        <translation>
            <numerusform>the story grouping of %Ln source set by hand</numerusform>
            <numerusform>the story grouping of %Ln sources set by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln imported</numerusform>
            <numerusform>%Ln imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln of them from the bin, with your work)</source>
        <translation>
            <numerusform> (%Ln of them from the bin, with your work)</numerusform>
            <numerusform> (%Ln of them from the bin, with your work)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer version(s) skipped</source>
        <translation>
            <numerusform>%Ln newer version skipped</numerusform>
            <numerusform>%Ln newer versions skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected source(s) already have the tag %1</source>
        <translation>
            <numerusform>The selected source already has the tag %1</numerusform>
            <numerusform>The %Ln selected sources already have the tag %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln source(s) %1</source>
        <translation>
            <numerusform>Tag %Ln source %1</numerusform>
            <numerusform>Tag %Ln sources %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln source(s) “%1” (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Tagged %Ln source “%1” (Ctrl+Z takes it back)</numerusform>
            <numerusform>Tagged %Ln sources “%1” (Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected source(s) has the tag %1</source>
        <translation>
            <numerusform>The selected source does not have the tag %1</numerusform>
            <numerusform>None of the %Ln selected sources has the tag %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln source(s) %1</source>
        <translation>
            <numerusform>Untag %Ln source %1</numerusform>
            <numerusform>Untag %Ln sources %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln source(s) read</source>
        <translation>
            <numerusform>Mark %Ln source read</numerusform>
            <numerusform>Mark %Ln sources read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln source(s) unread</source>
        <translation>
            <numerusform>Mark %Ln source unread</numerusform>
            <numerusform>Mark %Ln sources unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln source(s)?</source>
        <translation>
            <numerusform>Delete %Ln source?</numerusform>
            <numerusform>Delete %Ln sources?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %Ln highlight(s).</source>
        <translation>
            <numerusform>They have %Ln highlight.</numerusform>
            <numerusform>They have %Ln highlights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s) leave the briefings %1.</source>
        <translation>
            <numerusform>%Ln quote leaves the briefings %1.</numerusform>
            <numerusform>%Ln quotes leave the briefings %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln source(s)</source>
        <translation>
            <numerusform>Delete %Ln source</numerusform>
            <numerusform>Delete %Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln source(s) to the bin (Ctrl+Z brings them back, or File ▸ Bin…)</source>
        <translation>
            <numerusform>Moved %Ln source to the bin (Ctrl+Z brings them back, or File ▸ Bin…)</numerusform>
            <numerusform>Moved %Ln sources to the bin (Ctrl+Z brings them back, or File ▸ Bin…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ results</source>
        <translation>
            <numerusform>%Ln+ result</numerusform>
            <numerusform>%Ln+ results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s) moved</source>
        <translation>
            <numerusform>%Ln highlight moved</numerusform>
            <numerusform>%Ln highlights moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) review</source>
        <translation>
            <numerusform>%Ln needs review</numerusform>
            <numerusform>%Ln need review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be placed (kept, listed for review)</source>
        <translation>
            <numerusform>%Ln could not be placed (kept, listed for review)</numerusform>
            <numerusform>%Ln could not be placed (kept, listed for review)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the tag “%1” off %Ln source(s) (Ctrl+Z puts it back)</source>
        <translation>
            <numerusform>Took the tag “%1” off %Ln source (Ctrl+Z puts it back)</numerusform>
            <numerusform>Took the tag “%1” off %Ln sources (Ctrl+Z puts it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A story: %Ln reports of one event</source>
        <translation>
            <numerusform>A story: %Ln report of one event</numerusform>
            <numerusform>A story: %Ln reports of one event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag(s): %1</source>
        <translation>
            <numerusform>Tag: %1</numerusform>
            <numerusform>Tags: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>❝ %Ln highlight(s)</source>
        <translation>
            <numerusform>❝ %Ln highlight</numerusform>
            <numerusform>❝ %Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside at import: %Ln block(s) (%1)</source>
        <translation>
            <numerusform>Set aside at import: %Ln block (%1)</numerusform>
            <numerusform>Set aside at import: %Ln blocks (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln source(s)</source>
        <translation>
            <numerusform>Restore %Ln source</numerusform>
            <numerusform>Restore %Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln source(s) (Ctrl+Z takes them back)</source>
        <translation>
            <numerusform>Restored %Ln source (Ctrl+Z takes them back)</numerusform>
            <numerusform>Restored %Ln sources (Ctrl+Z takes them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln source(s) for good</source>
        <translation>
            <numerusform>Deleted %Ln source for good</numerusform>
            <numerusform>Deleted %Ln sources for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the chosen sources changed while you were asked and stayed in the bin (Delete asks again, naming what it holds now).</source>
        <translation>
            <numerusform>%Ln of the chosen sources changed while you were asked and stayed in the bin (Delete asks again, naming what it holds now).</numerusform>
            <numerusform>%Ln of the chosen sources changed while you were asked and stayed in the bin (Delete asks again, naming what it holds now).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln source(s) for good?</source>
        <translation>
            <numerusform>Delete %Ln source for good?</numerusform>
            <numerusform>Delete %Ln sources for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the chosen sources had already left the bin (restored or deleted for good elsewhere, or imported again).</source>
        <translation>
            <numerusform>%Ln of the chosen sources had already left the bin (restored or deleted for good elsewhere, or imported again).</numerusform>
            <numerusform>%Ln of the chosen sources had already left the bin (restored or deleted for good elsewhere, or imported again).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message numerus="yes">
        <source>Join %Ln source(s) into one story</source>
        <translation>
            <numerusform>Join %Ln source into one story</numerusform>
            <numerusform>Join %Ln sources into one story</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined %Ln source(s) into one story (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Joined %Ln source into one story (Ctrl+Z takes it back)</numerusform>
            <numerusform>Joined %Ln sources into one story (Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a story of %Ln report(s)</source>
        <translation>
            <numerusform>a story of %Ln report</numerusform>
            <numerusform>a story of %Ln reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln story(s) in the library</source>
        <translation>
            <numerusform>%Ln story in the library</numerusform>
            <numerusform>%Ln stories in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryWindow</name>
    <message numerus="yes">
        <source>%Ln reports of one event</source>
        <translation>
            <numerusform>%Ln report of one event</numerusform>
            <numerusform>%Ln reports of one event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %Ln passage(s) the others lack</source>
        <translation>
            <numerusform>Adds %Ln passage the others lack</numerusform>
            <numerusform>Adds %Ln passages the others lack</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>about %Ln minute left</numerusform>
            <numerusform>about %Ln minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message numerus="yes">
        <source>%Ln more above the top: zoom in</source>
        <translation>
            <numerusform>%Ln more above the top: zoom in</numerusform>
            <numerusform>%Ln more above the top: zoom in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more above the top: show fewer with a tag or search</source>
        <translation>
            <numerusform>%Ln more above the top: show fewer with a tag or search</numerusform>
            <numerusform>%Ln more above the top: show fewer with a tag or search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A story: %Ln reports of one event</source>
        <translation>
            <numerusform>A story: %Ln report of one event</numerusform>
            <numerusform>A story: %Ln reports of one event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln undated (listed on the right)</source>
        <translation>
            <numerusform>, %Ln undated (listed on the right)</numerusform>
            <numerusform>, %Ln undated (listed on the right)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message numerus="yes">
        <source>Undated (%Ln)</source>
        <translation>
            <numerusform>Undated (%Ln)</numerusform>
            <numerusform>Undated (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
</TS>
