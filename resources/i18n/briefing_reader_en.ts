<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BriefingComposer</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntitiesView</name>
    <message numerus="yes">
        <source>%1 (%2): %n mention(s)</source>
        <translation>
            <numerusform>%1 (%2): %n mention</numerusform>
            <numerusform>%1 (%2): %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entities</source>
        <translation>
            <numerusform>%1 of %n entity</numerusform>
            <numerusform>%1 of %n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message numerus="yes">
        <source>Copied %n highlight(s) as Markdown with citations</source>
        <translation>
            <numerusform>Copied %n highlight as Markdown with its citation</numerusform>
            <numerusform>Copied %n highlights as Markdown with citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightsView</name>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the library is open read-only.</source>
        <translation>
            <numerusform>%n file not imported: the library is open read-only.</numerusform>
            <numerusform>%n files not imported: the library is open read-only.</numerusform>
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
        <source>The import stopped part-way. %n file(s) stored before that are in the library; the rest were not imported.</source>
        <translation>
            <numerusform>The import stopped part-way. %n file stored before that is in the library; the rest were not imported.</numerusform>
            <numerusform>The import stopped part-way. %n files stored before that are in the library; the rest were not imported.</numerusform>
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
</context>
<context>
    <name>ImportTagger</name>
    <message numerus="yes">
        <source>Give the %n source(s) this import added one tag</source>
        <translation>
            <numerusform>Give the %n source this import added one tag</numerusform>
            <numerusform>Give the %n sources this import added one tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n imported source(s):</source>
        <translation>
            <numerusform>Tag for the imported source:</numerusform>
            <numerusform>Tag for the %n imported sources:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged the %n imported source(s) “%1” (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Tagged the %n imported source “%1” (Ctrl+Z takes it back)</numerusform>
            <numerusform>Tagged the %n imported sources “%1” (Ctrl+Z takes it back)</numerusform>
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
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Add %n highlight(s) to briefing</source>
        <translation>
            <numerusform>Add %n highlight to briefing</numerusform>
            <numerusform>Add %n highlights to briefing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n highlight(s) to the briefing “%1”</source>
        <translation>
            <numerusform>Added %n highlight to the briefing “%1”</numerusform>
            <numerusform>Added %n highlights to the briefing “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>%n written</numerusform>
            <numerusform>%n written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept because they were changed outside the app</source>
        <translation>
            <numerusform>%n kept because it was changed outside the app</numerusform>
            <numerusform>%n kept because they were changed outside the app</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) and a summary note</source>
        <translation>
            <numerusform>%n highlight and a summary note</numerusform>
            <numerusform>%n highlights and a summary note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) and no note</source>
        <translation>
            <numerusform>%n highlight and no note</numerusform>
            <numerusform>%n highlights and no note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n quotes leave the briefing %1, and that briefing&apos;s export.</source>
        <translation>
            <numerusform>Its quote leaves the briefing %1, and that briefing&apos;s export.</numerusform>
            <numerusform>Its %n quotes leave the briefing %1, and that briefing&apos;s export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n quotes leave the briefings %1, and their exports.</source>
        <translation>
            <numerusform>Its quote leaves the briefings %1, and their exports.</numerusform>
            <numerusform>Its %n quotes leave the briefings %1, and their exports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer version(s) skipped</source>
        <translation>
            <numerusform>%n newer version skipped</numerusform>
            <numerusform>%n newer versions skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n source(s) %1</source>
        <translation>
            <numerusform>Tag %n source %1</numerusform>
            <numerusform>Tag %n sources %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n source(s) %1</source>
        <translation>
            <numerusform>Untag %n source %1</numerusform>
            <numerusform>Untag %n sources %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n source(s) read</source>
        <translation>
            <numerusform>Mark %n source read</numerusform>
            <numerusform>Mark %n sources read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n source(s) unread</source>
        <translation>
            <numerusform>Mark %n source unread</numerusform>
            <numerusform>Mark %n sources unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n source(s)?</source>
        <translation>
            <numerusform>Delete %n source?</numerusform>
            <numerusform>Delete %n sources?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n highlight(s).</source>
        <translation>
            <numerusform>They have %n highlight.</numerusform>
            <numerusform>They have %n highlights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) leave the briefings %1.</source>
        <translation>
            <numerusform>%n quote leaves the briefings %1.</numerusform>
            <numerusform>%n quotes leave the briefings %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n source(s)</source>
        <translation>
            <numerusform>Delete %n source</numerusform>
            <numerusform>Delete %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n source(s) (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>Deleted %n source (Ctrl+Z brings it back)</numerusform>
            <numerusform>Deleted %n sources (Ctrl+Z brings them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ results</source>
        <translation>
            <numerusform>%n+ result</numerusform>
            <numerusform>%n+ results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) moved</source>
        <translation>
            <numerusform>%n highlight moved</numerusform>
            <numerusform>%n highlights moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n needs review</numerusform>
            <numerusform>%n need review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed (kept, listed for review)</source>
        <translation>
            <numerusform>%n could not be placed (kept, listed for review)</numerusform>
            <numerusform>%n could not be placed (kept, listed for review)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the tag “%1” off %n source(s) (Ctrl+Z puts it back)</source>
        <translation>
            <numerusform>Took the tag “%1” off %n source (Ctrl+Z puts it back)</numerusform>
            <numerusform>Took the tag “%1” off %n sources (Ctrl+Z puts it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>❝ %n highlight(s)</source>
        <translation>
            <numerusform>❝ %n highlight</numerusform>
            <numerusform>❝ %n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message numerus="yes">
        <source>Join %n source(s) into one story</source>
        <translation>
            <numerusform>Join %n source into one story</numerusform>
            <numerusform>Join %n sources into one story</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined %n source(s) into one story (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Joined %n source into one story (Ctrl+Z takes it back)</numerusform>
            <numerusform>Joined %n sources into one story (Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s) in the library</source>
        <translation>
            <numerusform>%n story in the library</numerusform>
            <numerusform>%n stories in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryWindow</name>
    <message numerus="yes">
        <source>%n reports of one event</source>
        <translation>
            <numerusform>%n report of one event</numerusform>
            <numerusform>%n reports of one event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %n passage(s) the others lack</source>
        <translation>
            <numerusform>Adds %n passage the others lack</numerusform>
            <numerusform>Adds %n passages the others lack</numerusform>
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
        <source>A story: %n reports of one event</source>
        <translation>
            <numerusform>A story: %n report of one event</numerusform>
            <numerusform>A story: %n reports of one event</numerusform>
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
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
</TS>
