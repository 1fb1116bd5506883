<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>An offline reader for building briefings from news articles: collect, read, highlight, annotate, summarise and export. Your library never leaves this computer.</source>
        <translation>Ein Offline-Leseprogramm, um aus Nachrichtenartikeln Briefings zu erstellen: sammeln, lesen, markieren, mit Anmerkungen versehen, zusammenfassen und exportieren. Ihre Bibliothek verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
</context>
<context>
    <name>AllSources</name>
    <message>
        <source>All sources: the saved search “%1” no longer narrows the list</source>
        <translation>Alle Quellen: Die gespeicherte Suche „%1“ schränkt die Liste nicht mehr ein</translation>
    </message>
    <message>
        <source>All sources: no longer only the sources naming “%1”</source>
        <translation>Alle Quellen: nicht mehr nur die Quellen, die „%1“ nennen</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>This annotation was changed elsewhere while you typed: yours is not saved yet.</source>
        <translation>Diese Anmerkung wurde anderswo geändert, während Sie schrieben: Ihr Text ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Meinen Text s&amp;peichern</translation>
    </message>
    <message>
        <source>Sho&amp;w the other</source>
        <translation>Zum anderen w&amp;echseln</translation>
    </message>
    <message>
        <source>This highlight was deleted elsewhere while you typed: your annotation is not saved.</source>
        <translation>Diese Markierung wurde anderswo gelöscht, während Sie schrieben: Ihre Anmerkung ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>Co&amp;py text</source>
        <translation>Text k&amp;opieren</translation>
    </message>
    <message>
        <source>Add to the &amp;note</source>
        <translation>&amp;In die Notiz übernehmen</translation>
    </message>
    <message>
        <source>The annotation was changed elsewhere while you typed: both texts are kept, the other one first</source>
        <translation>Die Anmerkung wurde anderswo geändert, während Sie geschrieben haben: Beide Texte bleiben erhalten, der andere zuerst</translation>
    </message>
    <message>
        <source>Your annotation could not be saved: the disk holding the library is full. It is still in the editor, and its highlight stays selected. Free some space on that disk (empty the trash, delete or move large files), then choose again: the annotation is saved first.</source>
        <translation>Ihre Anmerkung konnte nicht gespeichert werden: Der Datenträger der Bibliothek ist voll. Sie steht weiter im Editor, und ihre Markierung bleibt ausgewählt. Schaffen Sie Platz auf diesem Datenträger (Papierkorb leeren, große Dateien löschen oder verschieben) und wählen Sie dann erneut: Die Anmerkung wird zuerst gespeichert.</translation>
    </message>
    <message>
        <source>Your comment on this passage…</source>
        <translation>Ihre Anmerkung zu dieser Stelle …</translation>
    </message>
    <message>
        <source>Select a highlight to comment on it.</source>
        <translation>Wählen Sie eine Markierung aus, um eine Anmerkung dazu zu schreiben.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>The library is open read-only: this change was not saved.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet: Diese Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The disk holding the library is full: %1 could not save what it was doing. Free some space on that disk (empty the trash, delete or move large files), then do it again. Changes saved before stay saved.</source>
        <translation>Der Datenträger der Bibliothek ist voll: %1 konnte nicht speichern, was es gerade tat. Schaffen Sie Platz auf diesem Datenträger (Papierkorb leeren, große Dateien löschen oder verschieben) und versuchen Sie es dann erneut. Zuvor Gespeichertes bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 could not read or write the library, and did not finish what it was doing. The library may be damaged: quit, and the next start checks it and offers your newest backup.</source>
        <translation>%1 konnte die Bibliothek nicht lesen oder schreiben und hat den Vorgang nicht abgeschlossen. Die Bibliothek ist möglicherweise beschädigt: Beenden Sie das Programm; beim nächsten Start wird sie geprüft und Ihre neueste Sicherung angeboten.</translation>
    </message>
    <message>
        <source>%1 ran into an unexpected problem and did not finish what it was doing. Every change saved before it stays saved.</source>
        <translation>%1 ist auf ein unerwartetes Problem gestoßen und hat den Vorgang nicht abgeschlossen. Jede vorher gespeicherte Änderung bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Library from a newer version</source>
        <translation>Bibliothek aus einer neueren Version</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The library is busy</source>
        <translation>Die Bibliothek ist belegt</translation>
    </message>
    <message>
        <source>Another program is writing to the library (another %1 window, or the briefing command) and did not finish in time, so this change was not saved. The library is not damaged: do it again once that program is done.</source>
        <translation>Ein anderes Programm schreibt gerade in die Bibliothek (ein weiteres Fenster von %1 oder der Befehl briefing) und wurde nicht rechtzeitig fertig, deshalb wurde diese Änderung nicht gespeichert. Die Bibliothek ist nicht beschädigt: Wiederholen Sie den Schritt, sobald das andere Programm fertig ist.</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened: the disk holding it is full (%2). Free some space on that disk (empty the trash, delete or move large files), then start again. The library has not been changed.</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: Ihr Datenträger ist voll (%2). Schaffen Sie Platz auf diesem Datenträger (Papierkorb leeren, große Dateien löschen oder verschieben) und starten Sie dann erneut. Die Bibliothek wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The library %1 cannot be used here (%2). The library has not been changed: check the disk and the folder&apos;s permissions, then start again.</source>
        <translation>Die Bibliothek %1 kann hier nicht verwendet werden (%2). Die Bibliothek wurde nicht verändert: Prüfen Sie den Datenträger und die Zugriffsrechte des Ordners und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The file %1 is not a readable Briefing Reader library (%2). Move it away or start with --data-dir pointing to another folder.</source>
        <translation>Die Datei %1 ist keine lesbare Briefing-Reader-Bibliothek (%2). Verschieben Sie sie oder starten Sie mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>The library folder %1 cannot be used: %2.</source>
        <translation>Der Bibliotheksordner %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created or written to (%2). Check that you may write there, or start with --data-dir pointing to another folder.</source>
        <translation>Der Ordner %1 kann nicht angelegt oder beschrieben werden (%2). Prüfen Sie, ob Sie dort schreiben dürfen, oder starten Sie mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <source>Another %1 window has this library open but does not answer. Close it (or end it), then start again.</source>
        <translation>Ein anderes %1-Fenster hat diese Bibliothek geöffnet, reagiert aber nicht. Schließen (oder beenden) Sie es und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup could not be restored (%1). The library was not changed.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden (%1). Die Bibliothek wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Backup restored: %1. The library before it is kept in the backups folder.</source>
        <translation>Sicherung wiederhergestellt: %1. Die Bibliothek von vorher bleibt im Sicherungsordner.</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <source>navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>image credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>related links</source>
        <translation>verwandte Links</translation>
    </message>
    <message>
        <source>share prompt</source>
        <translation>Teilen-Aufforderung</translation>
    </message>
    <message>
        <source>newsletter prompt</source>
        <translation>Newsletter-Hinweis</translation>
    </message>
    <message>
        <source>app prompt</source>
        <translation>App-Hinweis</translation>
    </message>
    <message>
        <source>job prompt</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>cookie notice</source>
        <translation>Cookie-Hinweis</translation>
    </message>
    <message>
        <source>article info</source>
        <translation>Artikelangaben</translation>
    </message>
    <message>
        <source>references</source>
        <translation>Einzelnachweise</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>byline repeat</source>
        <translation>wiederholte Autorenzeile</translation>
    </message>
    <message>
        <source>author bio</source>
        <translation>Autorenprofil</translation>
    </message>
    <message>
        <source>not part of the article</source>
        <translation>nicht Teil des Artikels</translation>
    </message>
    <message>
        <source>page header</source>
        <translation>Seitenkopf</translation>
    </message>
    <message>
        <source>page footer</source>
        <translation>Seitenfuß</translation>
    </message>
    <message>
        <source>sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>sharing</source>
        <translation>Teilen-Knöpfe</translation>
    </message>
    <message>
        <source>sign-up</source>
        <translation>Anmelde-Hinweis</translation>
    </message>
    <message>
        <source>embedded post</source>
        <translation>eingebetteter Beitrag</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Used for the title, teaser or byline</source>
        <translation>Für Titel, Vorspann oder Autorenzeile verwendet</translation>
    </message>
    <message>
        <source>Set aside: %1</source>
        <translation>Ausgeblendet: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <source>title taken from the text</source>
        <translation>Titel aus dem Text übernommen</translation>
    </message>
    <message>
        <source>Showing the original: set-aside blocks are greyed with the reason. Restore one with its link; right-click a paragraph to hide it.</source>
        <translation>Originalansicht: Ausgeblendete Abschnitte sind grau und mit Grund versehen. Mit dem Link holen Sie einen zurück; Rechtsklick auf einen Absatz blendet ihn aus.</translation>
    </message>
    <message>
        <source>An earlier version, for reading only: highlights and set-aside blocks belong to the current one.</source>
        <translation>Eine frühere Fassung, nur zum Lesen: Markierungen und ausgeblendete Abschnitte gehören zur aktuellen.</translation>
    </message>
    <message>
        <source>News agency: %1</source>
        <translation>Nachrichtenagentur: %1</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Choose an article in the library to read it here.</source>
        <translation>Wählen Sie einen Artikel in der Bibliothek, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Delete the selected highlight and its annotation (Ctrl+Z brings them back)</source>
        <translation>Die ausgewählte Markierung und ihre Anmerkung löschen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Show o&amp;riginal</source>
        <translation>O&amp;riginal anzeigen</translation>
    </message>
    <message>
        <source>Show the imported text with the blocks set aside</source>
        <translation>Den importierten Text mit den ausgeblendeten Abschnitten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>Find &amp;in article…</source>
        <translation>Im Artikel &amp;suchen …</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Rückwärts su&amp;chen</translation>
    </message>
    <message>
        <source>Find words in the article you are reading</source>
        <translation>Wörter im geöffneten Artikel suchen</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Zum nächsten Treffer</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Zum vorherigen Treffer</translation>
    </message>
    <message>
        <source>Change &amp;label</source>
        <translation>Ka&amp;tegorie ändern</translation>
    </message>
    <message>
        <source>Add to &amp;briefing</source>
        <translation>Zum &amp;Briefing hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Hide this block from the article</source>
        <translation>Diesen Abschnitt aus dem Artikel a&amp;usblenden</translation>
    </message>
    <message>
        <source>Restore this bl&amp;ock to the article</source>
        <translation>Diesen Abschnitt wieder in den Artikel a&amp;ufnehmen</translation>
    </message>
    <message>
        <source>Highlight as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>Mark the selected words as %1</source>
        <translation>Die ausgewählten Wörter als %1 markieren</translation>
    </message>
    <message>
        <source>The library is empty. Import articles with File ▸ Import files… (%1) or drop files here, or copy an article&apos;s text in the browser and paste it with %2.</source>
        <translation>Die Bibliothek ist leer. Importieren Sie Artikel mit Datei ▸ Dateien importieren … (%1) oder ziehen Sie Dateien hierher – oder kopieren Sie den Text eines Artikels im Browser und fügen Sie ihn mit %2 ein.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A verified backup is made every day the app runs; one a day is kept for a week and one a week for a month, in %1.</source>
        <translation>An jedem Tag, an dem die App läuft, wird eine geprüfte Sicherung angelegt; eine pro Tag bleibt eine Woche, eine pro Woche einen Monat erhalten, in %1.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>%1 (library before a restore)</source>
        <translation>%1 (Bibliothek vor einer Wiederherstellung)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup made %1?</source>
        <translation>Die Sicherung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>The library is replaced by it: %1. The current library is kept in the backups folder and can be restored the same way.

The window closes and opens again on the restored library.</source>
        <translation>Sie ersetzt die Bibliothek: %1. Die jetzige Bibliothek bleibt im Sicherungsordner und lässt sich ebenso wiederherstellen.

Das Fenster schließt sich und öffnet sich wieder mit der wiederhergestellten Bibliothek.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Endgültig löschen …</translation>
    </message>
    <message>
        <source>&amp;Empty bin…</source>
        <translation>Papierkorb &amp;leeren …</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <source>The Left and Right arrows sort by the column beside, Space the other way</source>
        <translation>Pfeil links und rechts sortieren nach der Spalte daneben, Leertaste andersherum</translation>
    </message>
    <message>
        <source>✎ yes</source>
        <translation>✎ ja</translation>
    </message>
    <message>
        <source>Deleted sources wait here, with their highlights, annotations and notes, until you restore them or delete them for good.</source>
        <translation>Gelöschte Quellen warten hier mit ihren Markierungen, Anmerkungen und Notizen, bis Sie sie wiederherstellen oder endgültig löschen.</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Newest deleted</source>
        <translation>Zuletzt gelöscht</translation>
    </message>
    <message>
        <source>Oldest deleted</source>
        <translation>Zuerst gelöscht</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titel A–Z</translation>
    </message>
    <message>
        <source>Outlet A–Z</source>
        <translation>Medium A–Z</translation>
    </message>
    <message>
        <source>Most highlights</source>
        <translation>Meiste Markierungen</translation>
    </message>
    <message>
        <source>Most annotations</source>
        <translation>Meiste Anmerkungen</translation>
    </message>
    <message>
        <source>With a note first</source>
        <translation>Mit Notiz zuerst</translation>
    </message>
    <message>
        <source>Sort the bin</source>
        <translation>Papierkorb sortieren</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restored %1 (Ctrl+Z takes it back)</source>
        <translation>%1 wiederhergestellt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Empty bin</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>Lost with them: %1.</source>
        <translation>Damit gehen verloren: %1.</translation>
    </message>
    <message>
        <source>Lost with it: %1.</source>
        <translation>Damit gehen verloren: %1.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>BriefingCommands</name>
    <message>
        <source>&amp;New briefing…</source>
        <translation>&amp;Neues Briefing …</translation>
    </message>
    <message>
        <source>Start a briefing document from highlights</source>
        <translation>Ein Briefing aus Markierungen beginnen</translation>
    </message>
    <message>
        <source>&amp;Open briefing…</source>
        <translation>Briefing ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Reorder, write and export a briefing</source>
        <translation>Ein Briefing ordnen, schreiben und exportieren</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Open briefing</source>
        <translation>Briefing öffnen</translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation>Briefing:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln item(s), changed %2</source>
        <translation>
            <numerusform>%1 · %Ln Eintrag, geändert %2</numerusform>
            <numerusform>%1 · %Ln Einträge, geändert %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message>
        <source>Briefing composer</source>
        <translation>Briefing-Editor</translation>
    </message>
    <message>
        <source>Show f&amp;older</source>
        <translation>Ordne&amp;r anzeigen</translation>
    </message>
    <message>
        <source>This briefing is empty. Add highlights with B on a highlight in the article, with “Add to briefing” in All highlights or the library table, or drag them here from the notes pane or All highlights. Add headings and connecting text with the buttons below.</source>
        <translation>Dieses Briefing ist leer. Fügen Sie Markierungen mit B auf einer Markierung im Artikel hinzu, mit „Zum Briefing hinzufügen“ in Alle Markierungen oder der Bibliothekstabelle, oder ziehen Sie sie aus dem Notizbereich oder aus Alle Markierungen hierher. Überschriften und verbindenden Text fügen Sie mit den Schaltflächen unten ein.</translation>
    </message>
    <message>
        <source>Add heading</source>
        <translation>Überschrift einfügen</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Text einfügen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a briefing.</source>
        <translation>Legen Sie ein Briefing an.</translation>
    </message>
    <message>
        <source>(empty text)</source>
        <translation>(leerer Text)</translation>
    </message>
    <message>
        <source>(this highlight was deleted)</source>
        <translation>(diese Markierung wurde gelöscht)</translation>
    </message>
    <message>
        <source>(its source was deleted: not in the export)</source>
        <translation>(ihre Quelle wurde gelöscht: nicht im Export)</translation>
    </message>
    <message>
        <source>Br&amp;iefing:</source>
        <translation>Br&amp;iefing:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>U&amp;mbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Add heading</source>
        <translation>Über&amp;schrift einfügen</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>&amp;Text einfügen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Überschrift:</translation>
    </message>
    <message>
        <source>Create a briefing first, then drop highlights into it.</source>
        <translation>Legen Sie zuerst ein Briefing an und ziehen Sie dann Markierungen hinein.</translation>
    </message>
    <message>
        <source>Move briefing item</source>
        <translation>Briefing-Eintrag verschieben</translation>
    </message>
    <message>
        <source>Remove briefing item</source>
        <translation>Briefing-Eintrag entfernen</translation>
    </message>
    <message>
        <source>Rename briefing</source>
        <translation>Briefing umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>a briefing named “%1” already exists</source>
        <translation>ein Briefing namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>Rename briefing %1 → %2</source>
        <translation>Briefing %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete briefing %1</source>
        <translation>Briefing %1 löschen</translation>
    </message>
    <message>
        <source>Deleted briefing “%1” (Ctrl+Z brings it back)</source>
        <translation>Briefing „%1“ gelöscht (Strg+Z holt es zurück)</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Briefing exportieren</translation>
    </message>
</context>
<context>
    <name>BriefingMenu</name>
    <message>
        <source>New briefing</source>
        <translation>Neues Briefing</translation>
    </message>
    <message>
        <source>Name of the briefing:</source>
        <translation>Name des Briefings:</translation>
    </message>
    <message>
        <source>a briefing named “%1” already exists</source>
        <translation>ein Briefing namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>New briefing %1</source>
        <translation>Neues Briefing %1</translation>
    </message>
    <message>
        <source>Deleted meanwhile: nothing added to “%1”</source>
        <translation>Inzwischen gelöscht: nichts zu „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Already in the briefing “%1”</source>
        <translation>Schon im Briefing „%1“</translation>
    </message>
    <message>
        <source>&amp;New briefing…</source>
        <translation>&amp;Neues Briefing …</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Delete sources</source>
        <translation>Quellen löschen</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back with everything they hold.</source>
        <translation>Bearbeiten ▸ Rückgängig holt sie mit allem, was dazugehört, zurück.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>ClippingAdder</name>
    <message>
        <source>The disk holding the library is full. Free some space on it (empty the trash, delete or move large files), then add the text again.</source>
        <translation>Der Datenträger der Bibliothek ist voll. Schaffen Sie dort Platz (Papierkorb leeren, große Dateien löschen oder verschieben) und fügen Sie den Text dann erneut hinzu.</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The text was not added to the library.</source>
        <translation>Der Text wurde nicht in die Bibliothek aufgenommen.</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>This text is already in the library as “%1”.</source>
        <translation>Dieser Text ist bereits als „%1“ in der Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot add the text</source>
        <translation>Text kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>This text cannot become a source: %1.</source>
        <translation>Aus diesem Text lässt sich keine Quelle machen: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Save the text typed here over the other (Ctrl+Z brings the other back)</source>
        <translation>Den hier geschriebenen Text über den anderen speichern (Strg+Z holt den anderen zurück)</translation>
    </message>
    <message>
        <source>Drop the text typed here and show the text as it was saved elsewhere</source>
        <translation>Den hier geschriebenen Text verwerfen und den Text so anzeigen, wie er anderswo gespeichert wurde</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Open the context menu</source>
        <translation>Kontextmenü öffnen</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>not stored: the library could not be written (%1)</source>
        <translation>nicht gespeichert: in die Bibliothek konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>Datenbank oder Datenträger voll</translation>
    </message>
    <message>
        <source>invalid search: %1</source>
        <translation>ungültige Suche: %1</translation>
    </message>
    <message>
        <source>too long (at most %1 characters)</source>
        <translation>zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>OR joins words and phrases, not filters</source>
        <translation>OR verbindet Wörter und Wortgruppen, keine Filter</translation>
    </message>
    <message>
        <source>a word after OR cannot be excluded with -</source>
        <translation>ein Wort nach OR lässt sich nicht mit - ausschließen</translation>
    </message>
    <message>
        <source>too many words (at most %1)</source>
        <translation>zu viele Wörter (höchstens %1)</translation>
    </message>
    <message>
        <source>%1: needs a value</source>
        <translation>%1: braucht einen Wert</translation>
    </message>
    <message>
        <source>in: takes article, highlight or note</source>
        <translation>in: nimmt article, highlight oder note</translation>
    </message>
    <message>
        <source>no highlight label “%1”</source>
        <translation>keine Markierungskategorie „%1“</translation>
    </message>
    <message>
        <source>%1: there is no such day in the calendar (%2)</source>
        <translation>%1: diesen Tag gibt es im Kalender nicht (%2)</translation>
    </message>
    <message>
        <source>%1: takes a date like 2025, 2025-03, 2025-03-31 or 31.03.2025</source>
        <translation>%1: braucht ein Datum wie 2025, 03.2025, 31.03.2025 oder &quot;31. März 2025&quot;</translation>
    </message>
    <message>
        <source>%1 needs a word on both sides</source>
        <translation>%1 braucht auf beiden Seiten ein Wort</translation>
    </message>
    <message>
        <source>NOT needs a word or filter after it</source>
        <translation>NOT braucht danach ein Wort oder einen Filter</translation>
    </message>
    <message>
        <source>NOT can exclude one word, one filter or words joined by OR</source>
        <translation>NOT schließt nur ein Wort, einen Filter oder mit OR verbundene Wörter aus</translation>
    </message>
    <message>
        <source>a word before OR cannot be excluded</source>
        <translation>ein Wort vor OR lässt sich nicht ausschließen</translation>
    </message>
    <message>
        <source>a “(” is not closed</source>
        <translation>eine Klammer „(“ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a “)” closes no “(”</source>
        <translation>zur Klammer „)“ fehlt die „(“</translation>
    </message>
    <message>
        <source>NEAR is not supported: all words must match anyway</source>
        <translation>NEAR gibt es hier nicht: alle Wörter müssen ohnehin vorkommen</translation>
    </message>
    <message>
        <source>%1: is not a filter (filters: %2)</source>
        <translation>%1: ist kein Filter (Filter: %2)</translation>
    </message>
    <message>
        <source>cannot search for this (%1)</source>
        <translation>danach lässt sich nicht suchen (%1)</translation>
    </message>
    <message>
        <source>too large (%1 MB; an article file is at most %2 MB)</source>
        <translation>zu groß (%1 MB; eine Artikeldatei hat höchstens %2 MB)</translation>
    </message>
    <message>
        <source>too large (%1 MB)</source>
        <translation>zu groß (%1 MB)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>no text in the file</source>
        <translation>kein Text in der Datei</translation>
    </message>
    <message>
        <source>no readable text</source>
        <translation>kein lesbarer Text</translation>
    </message>
    <message>
        <source>no article text (one word, no sentence)</source>
        <translation>kein Artikeltext (ein Wort, kein Satz)</translation>
    </message>
    <message>
        <source>no article text (%1 words, no sentence)</source>
        <translation>kein Artikeltext (%1 Wörter, kein Satz)</translation>
    </message>
    <message>
        <source>not a text file (%1)</source>
        <translation>keine Textdatei (%1)</translation>
    </message>
    <message>
        <source>not an article file (%1)</source>
        <translation>keine Artikeldatei (%1)</translation>
    </message>
    <message>
        <source>not a web page (%1)</source>
        <translation>keine Webseite (%1)</translation>
    </message>
    <message>
        <source>no text in the web page</source>
        <translation>kein Text in der Webseite</translation>
    </message>
    <message>
        <source>not a readable web page (%1)</source>
        <translation>keine lesbare Webseite (%1)</translation>
    </message>
    <message>
        <source>not a readable web page</source>
        <translation>keine lesbare Webseite</translation>
    </message>
    <message>
        <source>a briefing needs a name</source>
        <translation>ein Briefing braucht einen Namen</translation>
    </message>
    <message>
        <source>a briefing name is at most %1 characters</source>
        <translation>ein Briefing-Name hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>a briefing named “%1” already exists</source>
        <translation>ein Briefing namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>a heading needs text</source>
        <translation>eine Überschrift braucht Text</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <source>a tag name is at most %1 characters</source>
        <translation>ein Schlagwort hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>%1; the library was not changed</source>
        <translation>%1; die Bibliothek wurde nicht verändert</translation>
    </message>
    <message>
        <source>the library could not be kept aside (%1); it was not changed</source>
        <translation>die Bibliothek konnte nicht beiseitegelegt werden (%1); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>the library is damaged (%1); no backup was made</source>
        <translation>die Bibliothek ist beschädigt (%1); es wurde keine Sicherung angelegt</translation>
    </message>
    <message>
        <source>the backup %1 is damaged (%2)</source>
        <translation>die Sicherung %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: no such backup</source>
        <translation>%1: keine solche Sicherung</translation>
    </message>
    <message>
        <source>%1 is not a Briefing Reader backup: the file is empty</source>
        <translation>%1 ist keine Sicherung von Briefing Reader: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 is not a Briefing Reader backup (a database of another program)</source>
        <translation>%1 ist keine Sicherung von Briefing Reader (eine Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1 is not a Briefing Reader backup</source>
        <translation>%1 ist keine Sicherung von Briefing Reader</translation>
    </message>
    <message>
        <source>%1 is not a readable library backup (%2)</source>
        <translation>%1 ist keine lesbare Sicherung einer Bibliothek (%2)</translation>
    </message>
    <message>
        <source>This library (%1) was written by a newer version of Briefing Reader (schema %2; this version understands up to %3). Please update Briefing Reader; the library was not changed.</source>
        <translation>Diese Bibliothek (%1) wurde von einer neueren Version von Briefing Reader geschrieben (Schema %2; diese Version versteht bis %3). Bitte aktualisieren Sie Briefing Reader; die Bibliothek wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Briefing Reader (schema %2; this version understands up to %3)</source>
        <translation>%1 wurde von einer neueren Version von Briefing Reader geschrieben (Schema %2; diese Version versteht bis %3)</translation>
    </message>
    <message>
        <source>the backup could not be written in %1 (%2)</source>
        <translation>die Sicherung konnte nicht in %1 geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>a part of it is a file, not a folder</source>
        <translation>ein Teil davon ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the backup&apos;s counts %1 differ from the library&apos;s %2</source>
        <translation>die Zahlen der Sicherung %1 weichen von denen der Bibliothek %2 ab</translation>
    </message>
    <message>
        <source>the library could not be copied (%1)</source>
        <translation>die Bibliothek konnte nicht kopiert werden (%1)</translation>
    </message>
    <message>
        <source>%1 could not be copied (%2)</source>
        <translation>%1 konnte nicht kopiert werden (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the file is cut short: %1 of %2 bytes</source>
        <translation>die Datei ist abgeschnitten: %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>the file is cut short: %1 bytes</source>
        <translation>die Datei ist abgeschnitten: %1 Bytes</translation>
    </message>
    <message>
        <source>the file header is wrong: this is not a SQLite database</source>
        <translation>der Dateikopf ist falsch: Das ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the file header is damaged (page size)</source>
        <translation>der Dateikopf ist beschädigt (Seitengröße)</translation>
    </message>
    <message>
        <source>its pages cannot be read</source>
        <translation>ihre Seiten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the first bytes of its header are scrambled</source>
        <translation>die ersten Bytes ihres Dateikopfs sind verstümmelt</translation>
    </message>
    <message>
        <source>this is another program&apos;s database, not a Briefing Reader library</source>
        <translation>das ist die Datenbank eines anderen Programms, keine Bibliothek von Briefing Reader</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the folder %1 could not be made (%2)</source>
        <translation>der Ordner %1 konnte nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>%1 konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>folder cannot be read (%1)</source>
        <translation>Ordner kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Lese- oder Schreibfehler des Datenträgers</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Dateiname zu lang</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Vorgang nicht erlaubt</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Gerät oder Datei wird gerade benutzt</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei ist schon vorhanden</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>zu viele geöffnete Dateien</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>Bibliothek ist gesperrt: ein anderes Programm schreibt gerade hinein</translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation>Bibliothek ist hier schreibgeschützt</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>Bibliotheksdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>Lese- oder Schreibfehler des Datenträgers</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>Bibliotheksdatei ist beschädigt</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>Datei ist keine Datenbank</translation>
    </message>
    <message>
        <source>binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>ZIP archive (or Office document)</source>
        <translation>ZIP-Archiv (oder Office-Dokument)</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <source>RIFF media file</source>
        <translation>RIFF-Mediendatei</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>gzip-Archiv</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR-Archiv</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zip-Archiv</translation>
    </message>
    <message>
        <source>old Office document</source>
        <translation>altes Office-Dokument</translation>
    </message>
    <message>
        <source>program file</source>
        <translation>Programmdatei</translation>
    </message>
    <message>
        <source>Windows program file</source>
        <translation>Windows-Programmdatei</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>MP3-Audiodatei</translation>
    </message>
    <message>
        <source>Ogg media file</source>
        <translation>Ogg-Mediendatei</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>ohne Endung</translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>O&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Not a name</source>
        <translation>&amp;Kein Name</translation>
    </message>
    <message>
        <source>Leave the chosen entries out of Entities and the who&apos;s who (Del)</source>
        <translation>Die ausgewählten Einträge aus „Namen und Zahlen“ und „Wer ist wer“ nehmen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>List the hidden entries again</source>
        <translation>Die verborgenen Einträge wieder aufführen</translation>
    </message>
    <message>
        <source>Change &amp;kind</source>
        <translation>&amp;Art ändern</translation>
    </message>
    <message>
        <source>Say what the chosen entries name</source>
        <translation>Sagen, was die ausgewählten Einträge benennen</translation>
    </message>
    <message>
        <source>List the chosen entries as this kind of name</source>
        <translation>Die ausgewählten Einträge als diese Art von Namen aufführen</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Zusammen&amp;führen mit …</translation>
    </message>
    <message>
        <source>Count the chosen entries as another name of one entry (Ctrl+M)</source>
        <translation>Die ausgewählten Einträge als anderen Namen eines Eintrags zählen (Strg+M)</translation>
    </message>
    <message>
        <source>&amp;Separate</source>
        <translation>A&amp;btrennen</translation>
    </message>
    <message>
        <source>Make a name merged into the entry an entry of its own</source>
        <translation>Einen hineingeführten Namen wieder zu einem eigenen Eintrag machen</translation>
    </message>
    <message>
        <source>Sh&amp;ow hidden</source>
        <translation>Ve&amp;rborgene anzeigen</translation>
    </message>
    <message>
        <source>List the entries said to be no name, greyed</source>
        <translation>Die als „Kein Name“ verborgenen Einträge grau aufführen</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>Korrekt&amp;uren …</translation>
    </message>
    <message>
        <source>See and take back the corrections made, those of entries no source names now too</source>
        <translation>Die vorgenommenen Korrekturen sehen und zurücknehmen, auch die von Einträgen, die derzeit keine Quelle nennt</translation>
    </message>
    <message>
        <source>Not a name: %1</source>
        <translation>%1 verbergen (kein Name)</translation>
    </message>
    <message numerus="yes">
        <source>%1 hidden as not a name (Show hidden lists it, Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>%1 als „Kein Name“ verborgen („Verborgene anzeigen“ listet es, Strg+Z macht es rückgängig)</numerusform>
            <numerusform>%1 als „Kein Name“ verborgen („Verborgene anzeigen“ listet sie, Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>%1 restored (Ctrl+Z takes it back)</source>
        <translation>%1 wiederhergestellt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Change kind of %1 to %2</source>
        <translation>Art von %1 ändern in %2</translation>
    </message>
    <message>
        <source>%1 listed as %2 (Ctrl+Z takes it back)</source>
        <translation>%1 als %2 geführt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>%1 merged into %2 (Ctrl+Z takes it back)</source>
        <translation>%1 mit %2 zusammengeführt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Separate %1 from %2</source>
        <translation>%1 von %2 abtrennen</translation>
    </message>
    <message>
        <source>%1 separated from %2 (Ctrl+Z takes it back)</source>
        <translation>%1 von %2 abgetrennt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message numerus="yes">
        <source>%1 listed as the rules found it (Ctrl+Z puts the correction back)</source>
        <translation>
            <numerusform>%1 wieder so geführt, wie die Regeln es fanden (Strg+Z stellt die Korrektur wieder her)</numerusform>
            <numerusform>%1 wieder so geführt, wie die Regeln sie fanden (Strg+Z stellt die Korrekturen wieder her)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>What you corrected in the names found. A correction of an entry no source names now is kept for when one does again.</source>
        <translation>Was Sie an den gefundenen Namen korrigiert haben. Die Korrektur eines Eintrags, den derzeit keine Quelle nennt, bleibt erhalten und gilt wieder, sobald eine ihn nennt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>In the sources</source>
        <translation>In den Quellen</translation>
    </message>
    <message>
        <source>No corrections: none was made yet.</source>
        <translation>Keine Korrekturen: Es wurde noch keine vorgenommen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Take the chosen corrections back: the entries are listed as the rules found them (Ctrl+Z puts them back)</source>
        <translation>Die ausgewählten Korrekturen zurücknehmen: Die Einträge werden wieder so geführt, wie die Regeln sie fanden (Strg+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <source>No source names it now; the correction holds again when one does</source>
        <translation>Derzeit nennt keine Quelle diesen Eintrag; die Korrektur gilt wieder, sobald eine ihn nennt</translation>
    </message>
    <message>
        <source>Not a name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <source>Listed as %1</source>
        <translation>Geführt als %1</translation>
    </message>
    <message>
        <source>Merged into “%1”</source>
        <translation>Zusammengeführt mit „%1“</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Genannt</translation>
    </message>
    <message>
        <source>Not now (kept)</source>
        <translation>Derzeit nicht (bleibt)</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <source>The library is damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>The library file is damaged, so Briefing Reader cannot open it as usual. Nothing has been written to it.</source>
        <translation>Die Bibliotheksdatei ist beschädigt, deshalb kann Briefing Reader sie nicht wie gewohnt öffnen. Es wurde nichts in sie geschrieben.</translation>
    </message>
    <message>
        <source>Open read-only shows everything that can still be read; nothing can be changed then.</source>
        <translation>„Schreibgeschützt öffnen“ zeigt alles, was sich noch lesen lässt; ändern lässt sich dann nichts.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 and holds %2. Restoring it brings that back; the damaged file is kept in the backups folder.</source>
        <translation>Die neueste intakte Sicherung stammt vom %1 und enthält %2. Beim Wiederherstellen kommt dieser Stand zurück; die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>The backups hold no sources, highlights or notes, so restoring one would bring nothing back.</source>
        <translation>Die Sicherungen enthalten keine Quellen, Markierungen oder Notizen; eine davon wiederherzustellen, brächte nichts zurück.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Es gibt keine intakte Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Keep a copy of the file somewhere safe before anyone tries to repair it.</source>
        <translation>Legen Sie eine Kopie der Datei an einem sicheren Ort ab, bevor jemand versucht, sie zu reparieren.</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Library file: %1</source>
        <translation>Bibliotheksdatei: %1</translation>
    </message>
    <message>
        <source>What was found: %1</source>
        <translation>Gefunden wurde: %1</translation>
    </message>
    <message>
        <source>The backup could not be restored. The damaged library is still in its place; nothing was changed.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden. Die beschädigte Bibliothek liegt weiter an ihrem Platz; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Restored the backup from %1. The damaged library is kept as %2.</source>
        <translation>Die Sicherung vom %1 ist wiederhergestellt. Die beschädigte Bibliothek bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <source>The library cannot be read at all, not even read-only. Restore a backup, or move the file away to start a new library.</source>
        <translation>Die Bibliothek lässt sich gar nicht lesen, auch nicht schreibgeschützt. Stellen Sie eine Sicherung wieder her oder verschieben Sie die Datei, um eine neue Bibliothek anzufangen.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>added today</source>
        <translation>heute hinzugefügt</translation>
    </message>
    <message>
        <source>added yesterday</source>
        <translation>gestern hinzugefügt</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt am %1</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>DeleteSource</name>
    <message>
        <source>no highlights and a summary note</source>
        <translation>keine Markierungen, aber eine Notiz</translation>
    </message>
    <message>
        <source>no highlights and no note</source>
        <translation>keine Markierungen und keine Notiz</translation>
    </message>
    <message>
        <source>Its quote leaves the briefing %1, and that briefing&apos;s export.</source>
        <translation>Ihr Zitat verschwindet aus dem Briefing %1 und aus dessen Export.</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>It has %1.</source>
        <translation>Sie hat %1.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it back with everything it holds.</source>
        <translation>Bearbeiten ▸ Rückgängig holt sie mit allem, was dazugehört, zurück.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
</context>
<context>
    <name>DropMark</name>
    <message>
        <source>Drop to import</source>
        <translation>Zum Importieren ablegen</translation>
    </message>
</context>
<context>
    <name>EntitiesMode</name>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Namen und Zahlen</translation>
    </message>
    <message>
        <source>People, organisations, places and figures the sources name</source>
        <translation>Personen, Organisationen, Orte und Zahlen, die die Quellen nennen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Namen und Zahlen</translation>
    </message>
    <message>
        <source>Enter or double-click a mention to read it in its source.</source>
        <translation>Eingabetaste oder Doppelklick auf eine Erwähnung zeigt sie in ihrer Quelle.</translation>
    </message>
    <message>
        <source>Bac&amp;k to reading</source>
        <translation>Zurüc&amp;k zum Lesen</translation>
    </message>
    <message>
        <source>Esc or Ctrl+Shift+E</source>
        <translation>Esc oder Strg+Umschalt+E</translation>
    </message>
    <message>
        <source>Finding names failed: %1</source>
        <translation>Die Suche nach Namen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>EntitiesView</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Show one kind of entity</source>
        <translation>Nur eine Art anzeigen</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>Namen filtern</translation>
    </message>
    <message>
        <source>Show sources in &amp;library</source>
        <translation>Quellen in der Bib&amp;liothek anzeigen</translation>
    </message>
    <message>
        <source>Narrow the library to the sources that name it (Ctrl+L)</source>
        <translation>Die Bibliothek auf die Quellen eingrenzen, die diesen Namen nennen (Strg+L)</translation>
    </message>
    <message>
        <source>Reading the names the sources hold…</source>
        <translation>Die Namen der Quellen werden gelesen …</translation>
    </message>
    <message>
        <source>Choose an entity to see where the sources name it.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, wo die Quellen ihn nennen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln mention(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln Erwähnung</numerusform>
            <numerusform>%1 (%2): %Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No entity chosen</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <source>in the %1 sources added last of %2</source>
        <translation>in den %1 zuletzt hinzugefügten von %2 Quellen</translation>
    </message>
    <message numerus="yes">
        <source>None of this kind holds these words; %Ln of other kinds do: choose All kinds.</source>
        <translation>
            <numerusform>Keiner dieser Art enthält diese Wörter; %Ln Eintrag einer anderen Art schon: „Alle Arten“ wählen.</numerusform>
            <numerusform>Keiner dieser Art enthält diese Wörter; %Ln Einträge anderer Arten schon: „Alle Arten“ wählen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entities</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag</numerusform>
            <numerusform>%1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityCommands</name>
    <message>
        <source>Sources naming “%1”: the search “%2” no longer narrows the list</source>
        <translation>Quellen, die „%1“ nennen: Die Suche „%2“ schränkt die Liste nicht mehr ein</translation>
    </message>
</context>
<context>
    <name>EntityModels</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Not a name (hidden): Restore lists it again</source>
        <translation>Kein Name (verborgen): Wiederherstellen führt ihn wieder auf</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the selected source, a tag or the library</source>
        <translation>Die ausgewählte Quelle, ein Schlagwort oder die Bibliothek exportieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the selected highlights, or the briefing you are composing, with their citations</source>
        <translation>Die ausgewählten Markierungen oder das Briefing, an dem Sie schreiben, mit Quellenangaben kopieren</translation>
    </message>
    <message>
        <source>Copied the briefing %1 as Markdown</source>
        <translation>Briefing %1 als Markdown kopiert</translation>
    </message>
    <message>
        <source>Select a highlight to copy it as Markdown</source>
        <translation>Wählen Sie eine Markierung, um sie als Markdown zu kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln highlight(s) as Markdown with citations</source>
        <translation>
            <numerusform>%Ln Markierung als Markdown mit Quellenangabe kopiert</numerusform>
            <numerusform>%Ln Markierungen als Markdown mit Quellenangaben kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>changed outside Briefing Reader since the last export</source>
        <translation>seit dem letzten Export außerhalb von Briefing Reader geändert</translation>
    </message>
    <message>
        <source>exists and was not written by Briefing Reader</source>
        <translation>existiert und stammt nicht von Briefing Reader</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>Overwrite changed files?</source>
        <translation>Geänderte Dateien überschreiben?</translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation>Export abgebrochen: %1</translation>
    </message>
    <message>
        <source>Exported to %1; your edited version is kept beside it as %2</source>
        <translation>Exportiert nach %1; Ihre geänderte Fassung liegt daneben als %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>%1 was changed outside the app: kept as it was</source>
        <translation>%1 wurde außerhalb der App geändert: bleibt, wie es war</translation>
    </message>
    <message>
        <source>%1 is already up to date</source>
        <translation>%1 ist bereits aktuell</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Show fol&amp;der</source>
        <translation>Ordner an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Selected sources (%1)</source>
        <translation>Aus&amp;gewählte Quellen (%1)</translation>
    </message>
    <message>
        <source>Sources &amp;tagged</source>
        <translation>Quellen mit &amp;Schlagwort</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>Die ganze &amp;Bibliothek</translation>
    </message>
    <message>
        <source>Sources of the sa&amp;ved search</source>
        <translation>Quellen der gespeicherten S&amp;uche</translation>
    </message>
    <message>
        <source>&amp;One combined file instead of one file per source</source>
        <translation>Eine gemeinsame &amp;Datei statt einer Datei je Quelle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>There is no folder %1, and nothing was written. Check the folder&apos;s name: a new folder is made only in one that exists.</source>
        <translation>Den Ordner %1 gibt es nicht; es wurde nichts geschrieben. Prüfen Sie den Namen des Ordners: Ein neuer Ordner wird nur in einem vorhandenen angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln source(s)…</source>
        <translation>
            <numerusform>%Ln Quelle wird exportiert …</numerusform>
            <numerusform>%Ln Quellen werden exportiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>The files are in %1</source>
        <translation>Die Dateien liegen in %1</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Choose the folder (e.g. your Obsidian vault)</source>
        <translation>Ordner wählen (z. B. Ihren Obsidian-Vault)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Wählen Sie zuerst einen Ordner.</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Wird nach der aktuellen Datei angehalten …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ExportStrip</name>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation>Export abgebrochen: %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>The file is in %1</source>
        <translation>Die Datei liegt in %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Only sources naming it; click to show every source again</source>
        <translation>Nur Quellen, die diesen Namen nennen; ein Klick zeigt wieder alle</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>&amp;Nur ungelesene</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>Au&amp;tor</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Naming “%1”  ✕</source>
        <translation>Nennt „%1“  ✕</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Find on page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No matches in the article; %1 in set-aside text</source>
        <translation>Keine Treffer im Artikel; %1 im ausgeblendeten Text</translation>
    </message>
</context>
<context>
    <name>HighlightDelegate</name>
    <message>
        <source>not found in the text any more</source>
        <translation>nicht mehr im Text gefunden</translation>
    </message>
    <message>
        <source>the words changed in an update: please check</source>
        <translation>Wortlaut bei einer Aktualisierung geändert: bitte prüfen</translation>
    </message>
</context>
<context>
    <name>HighlightKeys</name>
    <message>
        <source>&amp;Next highlight</source>
        <translation>&amp;Nächste Markierung</translation>
    </message>
    <message>
        <source>Select the next highlight in the article</source>
        <translation>Die nächste Markierung im Artikel auswählen</translation>
    </message>
    <message>
        <source>&amp;Previous highlight</source>
        <translation>&amp;Vorherige Markierung</translation>
    </message>
    <message>
        <source>&amp;Annotate highlight</source>
        <translation>&amp;Anmerkung schreiben</translation>
    </message>
    <message>
        <source>Add highlight to &amp;briefing…</source>
        <translation>Markierung zum Briefing &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Choose a highlight first: click it, or press Alt+↓, then B.</source>
        <translation>Wählen Sie zuerst eine Markierung: Klicken Sie sie an oder drücken Sie Alt+↓, dann B.</translation>
    </message>
    <message>
        <source>Select the previous highlight in the article</source>
        <translation>Die vorherige Markierung im Artikel auswählen</translation>
    </message>
    <message>
        <source>Write a comment on the selected highlight</source>
        <translation>Eine Anmerkung zur ausgewählten Markierung schreiben</translation>
    </message>
    <message>
        <source>Quote the selected highlight in a briefing, with its citation</source>
        <translation>Die ausgewählte Markierung mit Quellenangabe in einem Briefing zitieren</translation>
    </message>
</context>
<context>
    <name>HighlightsMode</name>
    <message>
        <source>All &amp;highlights</source>
        <translation>Alle &amp;Markierungen</translation>
    </message>
    <message>
        <source>Every highlight in the library, to filter, copy and add to briefings</source>
        <translation>Alle Markierungen der Bibliothek – filtern, kopieren und in Briefings übernehmen</translation>
    </message>
    <message>
        <source>All highlights</source>
        <translation>Alle Markierungen</translation>
    </message>
    <message>
        <source>Double-click a highlight to read it in its source.</source>
        <translation>Doppelklicken Sie auf eine Markierung, um sie in ihrer Quelle zu lesen.</translation>
    </message>
    <message>
        <source>Bac&amp;k to reading</source>
        <translation>Zurüc&amp;k zum Lesen</translation>
    </message>
    <message>
        <source>Esc or Ctrl+Shift+H</source>
        <translation>Esc oder Strg+Umschalt+H</translation>
    </message>
    <message numerus="yes">
        <source>Opened one of the %Ln chosen highlights; Ctrl+Shift+H brings back the list with all of them chosen.</source>
        <translation>
            <numerusform>Eine der %Ln ausgewählten Markierungen geöffnet; Strg+Umschalt+H bringt die Liste zurück, in der alle ausgewählt bleiben.</numerusform>
            <numerusform>Eine der %Ln ausgewählten Markierungen geöffnet; Strg+Umschalt+H bringt die Liste zurück, in der alle ausgewählt bleiben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightsModel</name>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Annotation: %1</source>
        <translation>Anmerkung: %1</translation>
    </message>
</context>
<context>
    <name>HighlightsView</name>
    <message>
        <source>Filter text…</source>
        <translation>Text filtern …</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>von TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>bis TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>By label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>Ka&amp;tegorie</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>P&amp;ublished</source>
        <translation>&amp;Erschienen</translation>
    </message>
    <message>
        <source>G&amp;roup</source>
        <translation>G&amp;ruppieren</translation>
    </message>
    <message>
        <source>Add to &amp;briefing…</source>
        <translation>Zum &amp;Briefing hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Open in source</source>
        <translation>In der &amp;Quelle öffnen</translation>
    </message>
    <message>
        <source>&amp;Add to briefing</source>
        <translation>Zum Briefing h&amp;inzufügen</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als Markdown ko&amp;pieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reading the highlights…</source>
        <translation>Die Markierungen werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln Markierung</numerusform>
            <numerusform>%Ln Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>No highlight matches these filters.</source>
        <translation>Keine Markierung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>The library has no highlights.</source>
        <translation>Die Bibliothek enthält keine Markierungen.</translation>
    </message>
    <message>
        <source>No highlights yet. Select words in an article and press 1–5: every highlight of the library is listed here, to filter and add to a briefing.</source>
        <translation>Noch keine Markierungen. Wählen Sie Wörter in einem Artikel und drücken Sie 1–5: Hier stehen alle Markierungen der Bibliothek, zum Filtern und zum Übernehmen ins Briefing.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Article files (%1)</source>
        <translation>Artikeldateien (%1)</translation>
    </message>
    <message>
        <source>Saved web pages (%1)</source>
        <translation>Gespeicherte Webseiten (%1)</translation>
    </message>
    <message>
        <source>Markdown clippings (%1)</source>
        <translation>Markdown-Ausschnitte (%1)</translation>
    </message>
    <message>
        <source>Text files (%1)</source>
        <translation>Textdateien (%1)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Einen Ordner mit Artikeln importieren</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not imported: the library is open read-only.</source>
        <translation>
            <numerusform>%Ln Datei nicht importiert: Die Bibliothek ist schreibgeschützt geöffnet.</numerusform>
            <numerusform>%Ln Dateien nicht importiert: Die Bibliothek ist schreibgeschützt geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be added to a library open read-only. Open the files again once the library opens normally (after a restore from File ▸ Backups…, or where you may write to its folder).</source>
        <translation>Einer schreibgeschützt geöffneten Bibliothek lässt sich nichts hinzufügen. Öffnen Sie die Dateien erneut, sobald die Bibliothek normal öffnet (nach einer Wiederherstellung über Datei ▸ Sicherungen … oder dort, wo Sie in ihren Ordner schreiben dürfen).</translation>
    </message>
    <message>
        <source> — the next import is running</source>
        <translation> – der nächste Import läuft</translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>Import abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not reached</source>
        <translation>
            <numerusform>, %Ln nicht erreicht</numerusform>
            <numerusform>, %Ln nicht erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>No article files were found there.</source>
        <translation>Dort wurden keine Artikeldateien gefunden.</translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation>Import unterbrochen: %1</translation>
    </message>
    <message>
        <source>The disk holding the library is full. Free some space on it (empty the trash, delete or move large files), then import the same files again: those already stored are skipped.</source>
        <translation>Der Datenträger der Bibliothek ist voll. Schaffen Sie dort Platz (Papierkorb leeren, große Dateien löschen oder verschieben) und importieren Sie dann dieselben Dateien erneut: Bereits gespeicherte werden übersprungen.</translation>
    </message>
    <message>
        <source>Pasted “%1”</source>
        <translation>„%1“ eingefügt</translation>
    </message>
    <message>
        <source>Dropped “%1”</source>
        <translation>„%1“ abgelegt</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>The import stopped part-way. %Ln file(s) stored before that are in the library; the rest were not imported.</source>
        <translation>
            <numerusform>Der Import brach mittendrin ab. %Ln zuvor gespeicherte Datei ist in der Bibliothek; die übrigen wurden nicht importiert.</numerusform>
            <numerusform>Der Import brach mittendrin ab. %Ln zuvor gespeicherte Dateien sind in der Bibliothek; die übrigen wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be written: %1.</source>
        <translation>In die Bibliothek konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The import stopped: %1
Files already imported are kept.</source>
        <translation>Der Import wurde abgebrochen: %1
Bereits importierte Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nichts zum Einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy an article&apos;s text from a web page first, then paste it as a new source.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst den Text eines Artikels von einer Webseite und fügen Sie ihn dann als neue Quelle ein.</translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>Eingefügt am %1</translation>
    </message>
    <message>
        <source>Tag the pasted source…</source>
        <translation>Eingefügte Quelle verschlagworten …</translation>
    </message>
    <message>
        <source>Give the pasted source a tag</source>
        <translation>Der eingefügten Quelle ein Schlagwort geben</translation>
    </message>
    <message>
        <source>Tag the pasted source</source>
        <translation>Eingefügte Quelle verschlagworten</translation>
    </message>
    <message>
        <source>Tag for the pasted source:</source>
        <translation>Schlagwort für die eingefügte Quelle:</translation>
    </message>
    <message>
        <source>Tagged the pasted source “%1” (Ctrl+Z takes it back)</source>
        <translation>Die eingefügte Quelle mit „%1“ verschlagwortet (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Links are not downloaded</source>
        <translation>Links werden nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Briefing Reader works offline and does not fetch web pages. To import this article, open it in your browser and save it with File ▸ Save Page As… (Ctrl+S) as “Web Page, complete” or “Web Page, single file”, then drop the saved file here. Or select the article&apos;s text in the browser and drag it here, or copy it and press Ctrl+Shift+V.</source>
        <translation>Briefing Reader arbeitet offline und lädt keine Webseiten. Um diesen Artikel zu importieren, öffnen Sie ihn im Browser, speichern Sie ihn mit Datei ▸ Seite speichern unter… (Strg+S) als „Webseite, komplett“ oder „Webseite, nur eine Datei“ und ziehen Sie die gespeicherte Datei hierher. Oder markieren Sie den Text des Artikels im Browser und ziehen Sie ihn hierher, oder kopieren Sie ihn und drücken Sie Strg+Umschalt+V.</translation>
    </message>
    <message>
        <source>Dropped %1</source>
        <translation>Abgelegt am %1</translation>
    </message>
    <message>
        <source>Drop as new source</source>
        <translation>Als neue Quelle ablegen</translation>
    </message>
    <message>
        <source>Tag the dropped source…</source>
        <translation>Abgelegte Quelle verschlagworten …</translation>
    </message>
    <message>
        <source>Give the dropped source a tag</source>
        <translation>Der abgelegten Quelle ein Schlagwort geben</translation>
    </message>
    <message>
        <source>Tag the dropped source</source>
        <translation>Abgelegte Quelle verschlagworten</translation>
    </message>
    <message>
        <source>Tag for the dropped source:</source>
        <translation>Schlagwort für die abgelegte Quelle:</translation>
    </message>
    <message>
        <source>Tagged the dropped source “%1” (Ctrl+Z takes it back)</source>
        <translation>Die abgelegte Quelle mit „%1“ verschlagwortet (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Paste as new source</source>
        <translation>Als neue Quelle einfügen</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln more import(s) queued</source>
        <translation>
            <numerusform> · %Ln weiterer Import wartet</numerusform>
            <numerusform> · %Ln weitere Importe warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln pasted or dropped text(s) queued</source>
        <translation>
            <numerusform> · %Ln eingefügter oder abgelegter Text wartet</numerusform>
            <numerusform> · %Ln eingefügte oder abgelegte Texte warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2</source>
        <translation>Import: %1 von %2</translation>
    </message>
    <message>
        <source>Grouping stories…</source>
        <translation>Geschichten werden gruppiert …</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Wird nach der aktuellen Datei angehalten …</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation>Bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>Newer version, skipped</source>
        <translation>Neuere Fassung, übersprungen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>its note</source>
        <translation>ihrer Notiz</translation>
    </message>
    <message>
        <source>its note</source>
        <comment>lost with it</comment>
        <translation>ihre Notiz</translation>
    </message>
    <message>
        <source>its edited details</source>
        <comment>lost with it</comment>
        <translation>ihre bearbeiteten Angaben</translation>
    </message>
    <message>
        <source>its story grouping set by hand</source>
        <comment>lost with it</comment>
        <translation>ihre von Hand gesetzte Zuordnung zu Geschichten</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>brought back from the bin with %1</source>
        <translation>aus dem Papierkorb zurückgeholt, mit %1</translation>
    </message>
    <message>
        <source>its edited details</source>
        <translation>ihren bearbeiteten Angaben</translation>
    </message>
    <message>
        <source>its story grouping set by hand</source>
        <translation>ihrer von Hand gesetzten Zuordnung zu Geschichten</translation>
    </message>
    <message>
        <source>; its text kept as it was</source>
        <translation>; ihr Text blieb, wie er war</translation>
    </message>
    <message>
        <source>“%1” (#%2): %3</source>
        <translation>„%1“ (#%2): %3</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>“%1” (#%2)</source>
        <translation>„%1“ (#%2)</translation>
    </message>
    <message>
        <source>same article as “%1”</source>
        <translation>derselbe Artikel wie „%1“</translation>
    </message>
    <message>
        <source>not stored: the library could not be written at the time; import it again</source>
        <translation>nicht gespeichert: in die Bibliothek konnte zu dem Zeitpunkt nicht geschrieben werden; bitte erneut importieren</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>another program is writing to the library and did not finish in time (another Briefing Reader window, or the briefing command); import those files again once it is done</source>
        <translation>ein anderes Programm schreibt in die Bibliothek und wurde nicht rechtzeitig fertig (ein weiteres Fenster von Briefing Reader oder der Befehl briefing); importieren Sie diese Dateien erneut, sobald es fertig ist</translation>
    </message>
    <message>
        <source> — check that you may read the file (its permissions), or copy it to a folder of your own and import the copy</source>
        <translation> – prüfen Sie, ob Sie die Datei lesen dürfen (ihre Berechtigungen), oder kopieren Sie sie in einen eigenen Ordner und importieren Sie die Kopie</translation>
    </message>
    <message>
        <source> — open the PDF, select its text, copy it and use File ▸ Paste as new source (Ctrl+Shift+V)</source>
        <translation> – öffnen Sie das PDF, markieren und kopieren Sie den Text und wählen Sie Datei ▸ Als neue Quelle einfügen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source> — open the document in its word processor, select its text, copy it and use File ▸ Paste as new source (Ctrl+Shift+V)</source>
        <translation> – öffnen Sie das Dokument in seinem Textprogramm (Word, LibreOffice …), markieren und kopieren Sie den Text und wählen Sie Datei ▸ Als neue Quelle einfügen (Strg+Umschalt+V)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %1 %Ln file(s) not reached were not imported; import the same files again to add them (those already in the library are skipped).</source>
        <translation>
            <numerusform>Import abgebrochen: %1 %Ln Datei, die nicht mehr an der Reihe war, wurde nicht importiert; importieren Sie dieselben Dateien noch einmal, um sie hinzuzufügen (was schon in der Bibliothek ist, wird übersprungen).</numerusform>
            <numerusform>Import abgebrochen: %1 %Ln Dateien, die nicht mehr an der Reihe waren, wurden nicht importiert; importieren Sie dieselben Dateien noch einmal, um sie hinzuzufügen (was schon in der Bibliothek ist, wird übersprungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: %1 Files not reached were not imported.</source>
        <translation>Import abgebrochen: %1 Dateien, die nicht mehr an der Reihe waren, wurden nicht importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not stored: %1.</source>
        <translation>
            <numerusform>%Ln Datei nicht gespeichert: %1.</numerusform>
            <numerusform>%Ln Dateien nicht gespeichert: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTagger</name>
    <message>
        <source>Tag this import…</source>
        <translation>Diesen Import verschlagworten …</translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln source(s) this import added one tag</source>
        <translation>
            <numerusform>Der Quelle dieses Imports ein Schlagwort geben</numerusform>
            <numerusform>Den %Ln Quellen dieses Imports ein Schlagwort geben</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag this import</source>
        <translation>Diesen Import verschlagworten</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln imported source(s):</source>
        <translation>
            <numerusform>Schlagwort für die importierte Quelle:</numerusform>
            <numerusform>Schlagwort für die %Ln importierten Quellen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged the %Ln imported source(s) “%1” (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Die %Ln importierte Quelle mit „%1“ verschlagwortet (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>Die %Ln importierten Quellen mit „%1“ verschlagwortet (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexingProgress</name>
    <message>
        <source>Preparing place names (only once after an update)…</source>
        <translation>Ortsnamen werden vorbereitet (nur einmal je Programmversion) …</translation>
    </message>
    <message>
        <source>Finding names: %1 of %2 sources</source>
        <translation>Namen werden gesucht: %1 von %2 Quellen</translation>
    </message>
</context>
<context>
    <name>InsertChronology</name>
    <message>
        <source>Insert &amp;chronology</source>
        <translation>&amp;Chronologie einfügen</translation>
    </message>
    <message>
        <source>A dated list of the briefing&apos;s sources, with citations</source>
        <translation>Eine datierte Liste der Quellen des Briefings, mit Quellenangaben</translation>
    </message>
    <message>
        <source>Open or create a briefing first (Briefing ▸ New briefing…).</source>
        <translation>Öffnen Sie zuerst ein Briefing oder legen Sie eines an (Briefing ▸ Neues Briefing …).</translation>
    </message>
    <message>
        <source>No sources for a chronology.</source>
        <translation>Keine Quellen für eine Chronologie.</translation>
    </message>
    <message>
        <source>Inserted a chronology of the briefing&apos;s quoted sources (Ctrl+Z takes it back)</source>
        <translation>Chronologie der im Briefing zitierten Quellen eingefügt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Inserted a chronology of the sources the library lists (Ctrl+Z takes it back)</source>
        <translation>Chronologie der in der Bibliothek angezeigten Quellen eingefügt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Insert chronology</source>
        <translation>Chronologie einfügen</translation>
    </message>
</context>
<context>
    <name>InsertWhosWho</name>
    <message>
        <source>Insert &amp;who&apos;s who</source>
        <translation>&amp;Wer ist wer einfügen</translation>
    </message>
    <message>
        <source>The people and organisations of the briefing&apos;s sources, with citations</source>
        <translation>Die Personen und Organisationen der Quellen des Briefings, mit Quellenangaben</translation>
    </message>
    <message>
        <source>Open or create a briefing first (Briefing ▸ New briefing…).</source>
        <translation>Öffnen Sie zuerst ein Briefing oder legen Sie eines an (Briefing ▸ Neues Briefing …).</translation>
    </message>
    <message>
        <source>No sources for a who&apos;s who.</source>
        <translation>Keine Quellen für ein „Wer ist wer“.</translation>
    </message>
    <message>
        <source>Still finding the names for the who&apos;s who…</source>
        <translation>Die Namen für „Wer ist wer“ werden noch gesucht …</translation>
    </message>
    <message>
        <source>Finding the names for the who&apos;s who…</source>
        <translation>Namen für „Wer ist wer“ werden gesucht …</translation>
    </message>
    <message>
        <source>Finding the names for the who&apos;s who: %1 of %2 sources · %3</source>
        <translation>Namen für „Wer ist wer“ werden gesucht: %1 von %2 Quellen · %3</translation>
    </message>
    <message>
        <source>Finding the names for the who&apos;s who: %1 of %2 sources…</source>
        <translation>Namen für „Wer ist wer“ werden gesucht: %1 von %2 Quellen …</translation>
    </message>
    <message>
        <source>No people or organisations found in these sources.</source>
        <translation>In diesen Quellen wurden keine Personen oder Organisationen gefunden.</translation>
    </message>
    <message>
        <source>Inserted a who&apos;s who of the briefing&apos;s quoted sources (Ctrl+Z takes it back)</source>
        <translation>„Wer ist wer“ zu den im Briefing zitierten Quellen eingefügt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Inserted a who&apos;s who of the sources the library lists (Ctrl+Z takes it back)</source>
        <translation>„Wer ist wer“ zu den in der Bibliothek angezeigten Quellen eingefügt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Insert who&apos;s who</source>
        <translation>Wer ist wer einfügen</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meinen Text s&amp;peichern</translation>
    </message>
    <message>
        <source>Show the &amp;other</source>
        <translation>Zum anderen &amp;wechseln</translation>
    </message>
    <message>
        <source>This item was deleted elsewhere while you typed: your text is not saved.</source>
        <translation>Dieser Eintrag wurde anderswo gelöscht, während Sie schrieben: Ihr Text ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Kee&amp;p as a new item</source>
        <translation>Als neuen Eintrag übe&amp;rnehmen</translation>
    </message>
    <message>
        <source>The briefing&apos;s text was changed elsewhere while you typed: both texts are kept, the other one first</source>
        <translation>Der Text im Briefing wurde anderswo geändert, während Sie geschrieben haben: Beide Texte bleiben erhalten, der andere zuerst</translation>
    </message>
    <message>
        <source>Your briefing text could not be saved: the disk holding the library is full. It is still in the editor, and its item stays chosen. Free some space on that disk (empty the trash, delete or move large files), then choose again: the text is saved first.</source>
        <translation>Ihr Text im Briefing konnte nicht gespeichert werden: Der Datenträger der Bibliothek ist voll. Er steht weiter im Editor, und sein Eintrag bleibt ausgewählt. Schaffen Sie Platz auf diesem Datenträger (Papierkorb leeren, große Dateien löschen oder verschieben) und wählen Sie dann erneut: Der Text wird zuerst gespeichert.</translation>
    </message>
    <message>
        <source>Connecting text in Markdown</source>
        <translation>Verbindender Text in Markdown</translation>
    </message>
    <message>
        <source>Edit the heading:</source>
        <translation>Überschrift bearbeiten:</translation>
    </message>
    <message>
        <source>This heading was changed elsewhere while you typed: yours is not saved yet.</source>
        <translation>Diese Überschrift wurde anderswo geändert, während Sie schrieben: Ihr Text ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Edit the text:</source>
        <translation>Text bearbeiten:</translation>
    </message>
    <message>
        <source>This text was changed elsewhere while you typed: yours is not saved yet.</source>
        <translation>Dieser Text wurde anderswo geändert, während Sie schrieben: Ihr Text ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Select a heading or text to edit it, or press Add text.</source>
        <translation>Wählen Sie eine Überschrift oder einen Text zum Bearbeiten aus, oder drücken Sie „Text einfügen“.</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>Überschrift bearbeiten</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
</context>
<context>
    <name>ItemKeys</name>
    <message>
        <source>Move the chosen item up (%1)</source>
        <translation>Ausgewählten Eintrag nach oben schieben (%1)</translation>
    </message>
    <message>
        <source>Move the chosen item down (%1)</source>
        <translation>Ausgewählten Eintrag nach unten schieben (%1)</translation>
    </message>
    <message>
        <source>Take the chosen item out of the briefing (%1)</source>
        <translation>Ausgewählten Eintrag aus dem Briefing nehmen (%1)</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Newest published</source>
        <translation>Zuletzt erschienen</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Zuletzt hinzugefügt</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titel A–Z</translation>
    </message>
    <message>
        <source>Search: words, &quot;exact phrase&quot;, word*, Japan OR China, -word, tag:name, author:name, after:2025, before:2025-03</source>
        <translation>Suche: Wörter, &quot;genaue Wortfolge&quot;, Wort*, Japan OR China, -Wort, schlagwort:Name, autor:Name, nach:2025, vor:03.2025</translation>
    </message>
    <message>
        <source>Search library   /</source>
        <translation>Durchsuchen   /</translation>
    </message>
    <message>
        <source>Search library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Sort the library</source>
        <translation>Bibliothek sortieren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Type a search in the library&apos;s search box</source>
        <translation>Eine Suche in das Suchfeld der Bibliothek eingeben</translation>
    </message>
    <message>
        <source>Open the next source in the library list</source>
        <translation>Die nächste Quelle der Bibliotheksliste öffnen</translation>
    </message>
    <message>
        <source>Open the previous source in the library list</source>
        <translation>Die vorherige Quelle der Bibliotheksliste öffnen</translation>
    </message>
    <message>
        <source>No matches: the library has no tag “%1” — did you mean “%2”?</source>
        <translation>Keine Treffer: In der Bibliothek gibt es kein Schlagwort „%1“ – meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>No matches: the library has no tag “%1”</source>
        <translation>Keine Treffer: In der Bibliothek gibt es kein Schlagwort „%1“</translation>
    </message>
    <message>
        <source>No matches tagged %1</source>
        <translation>Keine Treffer mit Schlagwort %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 tagged %2</source>
        <translation>%1 mit Schlagwort %2</translation>
    </message>
    <message>
        <source>&amp;Search library</source>
        <translation>Bibliothek &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Next source</source>
        <translation>&amp;Nächste Quelle</translation>
    </message>
    <message>
        <source>&amp;Previous source</source>
        <translation>&amp;Vorherige Quelle</translation>
    </message>
    <message>
        <source>No sources match</source>
        <translation>Keine passenden Quellen</translation>
    </message>
    <message>
        <source>The library is empty</source>
        <translation>Die Bibliothek ist leer</translation>
    </message>
    <message>
        <source>Greyed below: the results of the last valid search.</source>
        <translation>Darunter, ausgegraut: die Ergebnisse der letzten gültigen Suche.</translation>
    </message>
    <message>
        <source>Greyed below: the list as it was before this search.</source>
        <translation>Darunter, ausgegraut: die Liste wie vor dieser Suche.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s) naming “%1”</source>
        <translation>
            <numerusform>%Ln Quelle, die „%1“ nennt</numerusform>
            <numerusform>%Ln Quellen, die „%1“ nennen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag “%1” is on no source any more</source>
        <translation>Keine Quelle trägt das Schlagwort „%1“ mehr</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The library list opens one source at a time: select several in the library table (Ctrl+Shift+T)</source>
        <translation>Die Bibliotheksliste öffnet immer nur eine Quelle: Mehrere wählen Sie in der Bibliothekstabelle aus (Strg+Umschalt+T)</translation>
    </message>
</context>
<context>
    <name>LibraryTable</name>
    <message>
        <source>Title, outlet or author…</source>
        <translation>Titel, Medium oder Autor …</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>&amp;Nur ungelesene</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>Au&amp;tor</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Sele&amp;cted sources</source>
        <translation>Ausg&amp;ewählte Quellen</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sele&amp;cted</source>
        <translation>
            <numerusform>%Ln ausg&amp;ewählt</numerusform>
            <numerusform>%Ln ausg&amp;ewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Verschlagworten …</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>Schlagwort &amp;entfernen …</translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>&amp;Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Add their &amp;highlights to briefing</source>
        <translation>Ihre &amp;Markierungen zum Briefing hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Tag sources</source>
        <translation>Quellen verschlagworten</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln source(s):</source>
        <translation>
            <numerusform>Schlagwort für %Ln Quelle:</numerusform>
            <numerusform>Schlagwort für %Ln Quellen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln source(s):</source>
        <translation>
            <numerusform>Schlagwort, das von %Ln Quelle entfernt wird:</numerusform>
            <numerusform>Schlagwort, das von %Ln Quellen entfernt wird:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTableMode</name>
    <message>
        <source>Library ta&amp;ble</source>
        <translation>Bibliotheks&amp;tabelle</translation>
    </message>
    <message>
        <source>Every source as a table to sort, filter and change in bulk</source>
        <translation>Alle Quellen als Tabelle zum Sortieren, Filtern und gemeinsamen Ändern</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Click a column to sort; right-click the header to choose columns. Select many rows to change them at once.</source>
        <translation>Klicken Sie auf eine Spalte, um zu sortieren; Rechtsklick auf die Kopfzeile wählt die Spalten. Wählen Sie mehrere Zeilen, um sie gemeinsam zu ändern.</translation>
    </message>
    <message>
        <source>Bac&amp;k to reading</source>
        <translation>Zurüc&amp;k zum Lesen</translation>
    </message>
    <message>
        <source>Esc or Ctrl+Shift+T</source>
        <translation>Esc oder Strg+Umschalt+T</translation>
    </message>
</context>
<context>
    <name>LostTextBar</name>
    <message>
        <source>Put the text typed here on the clipboard, to paste it where you want it</source>
        <translation>Den hier geschriebenen Text in die Zwischenablage legen, um ihn einzufügen, wo Sie ihn brauchen</translation>
    </message>
    <message>
        <source>Let the text typed here go</source>
        <translation>Den hier geschriebenen Text verwerfen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>Alle Artikel eines Ordners importieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Die letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Die zurückgenommene Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>Import articles: text, saved web pages (.html, .mhtml), Markdown</source>
        <translation>Artikel importieren: Text, gespeicherte Webseiten (.html, .mhtml), Markdown</translation>
    </message>
    <message>
        <source>&amp;Paste as new source</source>
        <translation>Als neue Quelle ein&amp;fügen</translation>
    </message>
    <message>
        <source>Turn the clipboard&apos;s text into a source</source>
        <translation>Den Text in der Zwischenablage zu einer Quelle machen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Edit &amp;metadata…</source>
        <translation>&amp;Metadaten bearbeiten …</translation>
    </message>
    <message>
        <source>Correct the title, date, outlet …</source>
        <translation>Titel, Datum, Medium … korrigieren</translation>
    </message>
    <message>
        <source>&amp;Delete source…</source>
        <translation>Quelle &amp;löschen …</translation>
    </message>
    <message>
        <source>Move the source to the bin (undoable)</source>
        <translation>Die Quelle in den Papierkorb legen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Bi&amp;n…</source>
        <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
        <source>See the deleted sources; restore them or delete them for good</source>
        <translation>Die gelöschten Quellen sehen, wiederherstellen oder endgültig löschen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>&amp;Sepia</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>Brie&amp;fing</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Entit&amp;y</source>
        <translation>Namen und &amp;Zahlen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Close the window; everything is saved already</source>
        <translation>Das Fenster schließen; alles ist bereits gespeichert</translation>
    </message>
    <message>
        <source>Theme, language, your names for the highlight labels and the library&apos;s sort order</source>
        <translation>Farbschema, Sprache, eigene Namen der Markierungskategorien und die Sortierung der Bibliothek</translation>
    </message>
    <message>
        <source>Larger text in the article</source>
        <translation>Größere Schrift im Artikel</translation>
    </message>
    <message>
        <source>Smaller text in the article</source>
        <translation>Kleinere Schrift im Artikel</translation>
    </message>
    <message>
        <source>The article&apos;s text at its normal size</source>
        <translation>Die Schrift des Artikels in normaler Größe</translation>
    </message>
    <message>
        <source>The colours of the window and the reading page</source>
        <translation>Die Farben des Fensters und der Leseseite</translation>
    </message>
    <message>
        <source>Show or hide the library on the left</source>
        <translation>Die Bibliothek links anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the tags, highlights and note on the right</source>
        <translation>Schlagwörter, Markierungen und Notiz rechts anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, with a search field</source>
        <translation>Alle Tastenkürzel, mit Suchfeld</translation>
    </message>
    <message>
        <source>The version, and where the library is kept</source>
        <translation>Die Version und wo die Bibliothek liegt</translation>
    </message>
    <message>
        <source>Dark text on white</source>
        <translation>Dunkle Schrift auf Weiß</translation>
    </message>
    <message>
        <source>Dark brown text on a paper tone</source>
        <translation>Dunkelbraune Schrift auf Papierton</translation>
    </message>
    <message>
        <source>Light text on dark grey</source>
        <translation>Helle Schrift auf Dunkelgrau</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Welcome! Importing five sample articles…</source>
        <translation>Willkommen! Fünf Beispielartikel werden importiert …</translation>
    </message>
    <message>
        <source>Importing five sample articles…</source>
        <translation>Fünf Beispielartikel werden importiert …</translation>
    </message>
    <message>
        <source>These are five sample articles. Import your own with %1, or copy an article&apos;s text and paste it with %2.</source>
        <translation>Das sind fünf Beispielartikel. Eigene importieren Sie mit %1 – oder Sie kopieren den Text eines Artikels und fügen ihn mit %2 ein.</translation>
    </message>
    <message>
        <source>Could not save preferences: {reason}</source>
        <translation>Einstellungen konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The new window language applies the next time %1 starts.</source>
        <translation>Die neue Fenstersprache gilt ab dem nächsten Start von %1.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
</context>
<context>
    <name>MergeChooser</name>
    <message>
        <source>Merge into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>“%1” is another name of:</source>
        <translation>„%1“ ist ein anderer Name für:</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>Namen filtern</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>e.g. 11.04.2024, 11. April 2024 or 2024-04-11 14:30</source>
        <translation>z. B. 11.04.2024, 11. April 2024 oder 11.04.2024 14:30</translation>
    </message>
    <message>
        <source>e.g. de, en, en-GB</source>
        <translation>z. B. de, en, en-GB</translation>
    </message>
    <message>
        <source>e.g. Handelsblatt</source>
        <translation>z. B. Handelsblatt</translation>
    </message>
    <message>
        <source>news agency of a wire story, e.g. dpa, Reuters</source>
        <translation>Nachrichtenagentur einer Agenturmeldung, z. B. dpa, Reuters</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>a source needs a title</source>
        <translation>eine Quelle braucht einen Titel</translation>
    </message>
    <message>
        <source>a web address starting with http:// or https://</source>
        <translation>eine Webadresse, die mit http:// oder https:// beginnt</translation>
    </message>
    <message>
        <source>a language code such as “de”, “en” or “en-GB”</source>
        <translation>ein Sprachcode wie „de“, „en“ oder „en-GB“</translation>
    </message>
    <message>
        <source>at most 500 characters</source>
        <translation>höchstens 500 Zeichen</translation>
    </message>
    <message>
        <source>a date such as 2024-04-11, 11.04.2024 or 11. April 2024</source>
        <translation>ein Datum wie 11.04.2024, 11. April 2024 oder 2024-04-11</translation>
    </message>
    <message>
        <source>there is no such day in the calendar</source>
        <translation>diesen Tag gibt es im Kalender nicht</translation>
    </message>
    <message>
        <source>Edit metadata</source>
        <translation>Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The title was taken from the text; type the real one.</source>
        <translation>Der Titel wurde aus dem Text übernommen; tragen Sie den richtigen ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <source>The library is missing</source>
        <translation>Die Bibliothek fehlt</translation>
    </message>
    <message>
        <source>The library file %1 is gone, but %2 holds backups of it.</source>
        <translation>Die Bibliotheksdatei %1 ist nicht mehr da, aber %2 enthält Sicherungen davon.</translation>
    </message>
    <message>
        <source>A new, empty library keeps the backups for now, but its own daily backups will in time replace them.</source>
        <translation>Eine neue, leere Bibliothek lässt die Sicherungen vorerst bestehen, doch ihre eigenen täglichen Sicherungen ersetzen sie mit der Zeit.</translation>
    </message>
    <message>
        <source>The newest good backup was made %1 and holds %2. %3</source>
        <translation>Die neueste intakte Sicherung wurde %1 erstellt und enthält %2. %3</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>Neueste Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>The backups hold no sources, highlights or notes. %1</source>
        <translation>Die Sicherungen enthalten keine Quellen, Markierungen oder Notizen. %1</translation>
    </message>
    <message>
        <source>Start a &amp;new, empty library</source>
        <translation>&amp;Neue, leere Bibliothek beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>None of the backups can be read. %1</source>
        <translation>Keine der Sicherungen ist lesbar. %1</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>NewerVersion</name>
    <message>
        <source>Update “%1”</source>
        <translation>„%1“ aktualisieren</translation>
    </message>
    <message>
        <source>Import “%1” as new</source>
        <translation>„%1“ als neue Quelle importieren</translation>
    </message>
    <message>
        <source>Updated “%1”</source>
        <translation>„%1“ aktualisiert</translation>
    </message>
    <message>
        <source>Updated “%1”: %2</source>
        <translation>„%1“ aktualisiert: %2</translation>
    </message>
</context>
<context>
    <name>NewerVersionQuestion</name>
    <message>
        <source>Newer version of a source</source>
        <translation>Neuere Fassung einer Quelle</translation>
    </message>
    <message>
        <source>A newer version of “%1” (#%2) is in this import: %3.</source>
        <translation>Dieser Import enthält eine neuere Fassung von „%1“ (#%2): %3.</translation>
    </message>
    <message>
        <source>Update the source: its text becomes this version, the earlier one stays readable under Show original, and highlights move with their words (any that cannot be placed with certainty are kept and listed for review). Or import the file as a new source, or skip it.</source>
        <translation>Quelle aktualisieren: Ihr Text wird diese Fassung, die frühere bleibt unter „Original anzeigen“ lesbar, und Markierungen wandern mit ihren Worten (was sich nicht sicher zuordnen lässt, bleibt erhalten und wird zur Prüfung aufgeführt). Oder die Datei als neue Quelle importieren oder überspringen.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Import as &amp;new</source>
        <translation>Als &amp;neue Quelle importieren</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Summary note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Summary for the briefing — Markdown: # heading, **bold**, - list, [link](https://…)</source>
        <translation>Zusammenfassung fürs Briefing – Markdown: # Überschrift, **fett**, - Liste, [Link](https://…)</translation>
    </message>
    <message>
        <source>This note was changed elsewhere while you typed: yours is not saved yet.</source>
        <translation>Diese Notiz wurde anderswo geändert, während Sie schrieben: Ihr Text ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meinen Text &amp;speichern</translation>
    </message>
    <message>
        <source>Show the o&amp;ther</source>
        <translation>Zum anderen &amp;wechseln</translation>
    </message>
    <message>
        <source>This note&apos;s source was deleted elsewhere while you typed: your text is not saved.</source>
        <translation>Die Quelle dieser Notiz wurde anderswo gelöscht, während Sie schrieben: Ihr Text ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Your summary note could not be saved: the disk holding the library is full. It is still in the editor, and its source stays open. Free some space on that disk (empty the trash, delete or move large files), then open the other source again: the note is saved first.</source>
        <translation>Ihre Notiz konnte nicht gespeichert werden: Der Datenträger der Bibliothek ist voll. Sie steht weiter im Editor, und ihre Quelle bleibt geöffnet. Schaffen Sie Platz auf diesem Datenträger (Papierkorb leeren, große Dateien löschen oder verschieben) und öffnen Sie die andere Quelle dann erneut: Die Notiz wird zuerst gespeichert.</translation>
    </message>
    <message>
        <source>No summary note yet: write one under Edit.</source>
        <translation>Noch keine Notiz: Schreiben Sie eine unter „Bearbeiten“.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The summary note was changed elsewhere while you typed: both texts are kept, the other one first</source>
        <translation>Die Notiz wurde anderswo geändert, während Sie geschrieben haben: Beide Texte bleiben erhalten, der andere zuerst</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Keep this highlight on the words the update changed it to</source>
        <translation>Die Markierung auf dem Wortlaut lassen, den die Aktualisierung gebracht hat</translation>
    </message>
    <message>
        <source>The new &amp;words are right</source>
        <translation>Der neue &amp;Wortlaut stimmt</translation>
    </message>
    <message>
        <source>Add to &amp;briefing…</source>
        <translation>Zum &amp;Briefing hinzufügen …</translation>
    </message>
    <message>
        <source>No highlights yet. Select words in the article and press 1–5.</source>
        <translation>Noch keine Markierungen. Wählen Sie Wörter im Artikel und drücken Sie 1–5.</translation>
    </message>
    <message>
        <source>Summary note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Highlights (%1)</source>
        <translation>Markierungen (%1)</translation>
    </message>
    <message>
        <source>Confirm highlight</source>
        <translation>Markierung bestätigen</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Add %Ln highlight(s) to briefing</source>
        <translation>
            <numerusform>%Ln Markierung zum Briefing hinzufügen</numerusform>
            <numerusform>%Ln Markierungen zum Briefing hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln highlight(s) to the briefing “%1”</source>
        <translation>
            <numerusform>%Ln Markierung zum Briefing „%1“ hinzugefügt</numerusform>
            <numerusform>%Ln Markierungen zum Briefing „%1“ hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting would replace %Ln file(s):

%1

Overwrite with a fresh export? Your version of each is kept beside it as a .bak file.</source>
        <translation>
            <numerusform>Der Export würde %Ln Datei ersetzen:

%1

Mit einem neuen Export überschreiben? Ihre Fassung bleibt daneben als .bak-Datei erhalten.</numerusform>
            <numerusform>Der Export würde %Ln Dateien ersetzen:

%1

Mit einem neuen Export überschreiben? Ihre Fassung jeder Datei bleibt daneben als .bak-Datei erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <translation>
            <numerusform>%Ln geschrieben</numerusform>
            <numerusform>%Ln geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already up to date</source>
        <translation>
            <numerusform>%Ln bereits aktuell</numerusform>
            <numerusform>%Ln bereits aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept because they were changed outside the app</source>
        <translation>
            <numerusform>%Ln behalten, weil außerhalb der App geändert</numerusform>
            <numerusform>%Ln behalten, weil außerhalb der App geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overwritten, your version of each kept beside it as a .bak file</source>
        <translation>
            <numerusform>%Ln überschrieben, Ihre Fassung daneben als .bak-Datei erhalten</numerusform>
            <numerusform>%Ln überschrieben, Ihre Fassung jeder Datei daneben als .bak-Datei erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not exported</source>
        <translation>
            <numerusform>%Ln nicht exportiert</numerusform>
            <numerusform>%Ln nicht exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s) and a summary note</source>
        <translation>
            <numerusform>%Ln Markierung und eine Notiz</numerusform>
            <numerusform>%Ln Markierungen und eine Notiz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s) and no note</source>
        <translation>
            <numerusform>%Ln Markierung und keine Notiz</numerusform>
            <numerusform>%Ln Markierungen und keine Notiz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln quotes leave the briefing %1, and that briefing&apos;s export.</source>
        <translation>
            <numerusform>Ihr Zitat verschwindet aus dem Briefing %1 und aus dessen Export.</numerusform>
            <numerusform>Ihre %Ln Zitate verschwinden aus dem Briefing %1 und aus dessen Export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln quotes leave the briefings %1, and their exports.</source>
        <translation>
            <numerusform>Ihr Zitat verschwindet aus den Briefings %1 und aus deren Exporten.</numerusform>
            <numerusform>Ihre %Ln Zitate verschwinden aus den Briefings %1 und aus deren Exporten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Anmerkung</numerusform>
            <numerusform>%Ln Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <comment>after with</comment>
        <translation>
            <numerusform>%Ln Schlagwort</numerusform>
            <numerusform>%Ln Schlagwörtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln Schlagwort</numerusform>
            <numerusform>%Ln Schlagwörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edits to %Ln source(s)</source>
        <translation>
            <numerusform>Änderungen an %Ln Quelle</numerusform>
            <numerusform>Änderungen an %Ln Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story grouping of %Ln source(s) set by hand</source>
        <translation>
            <numerusform>die von Hand gesetzte Zuordnung von %Ln Quelle zu Geschichten</numerusform>
            <numerusform>die von Hand gesetzte Zuordnung von %Ln Quellen zu Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln importiert</numerusform>
            <numerusform>%Ln importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln of them from the bin, with your work)</source>
        <translation>
            <numerusform> (davon %Ln aus dem Papierkorb, mit Ihrer Arbeit)</numerusform>
            <numerusform> (davon %Ln aus dem Papierkorb, mit Ihrer Arbeit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln bereits in der Bibliothek</numerusform>
            <numerusform>%Ln bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer version(s) skipped</source>
        <translation>
            <numerusform>%Ln neuere Fassung übersprungen</numerusform>
            <numerusform>%Ln neuere Fassungen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected source(s) already have the tag %1</source>
        <translation>
            <numerusform>Die ausgewählte Quelle hat das Schlagwort %1 schon</numerusform>
            <numerusform>Die %Ln ausgewählten Quellen haben das Schlagwort %1 schon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln source(s) %1</source>
        <translation>
            <numerusform>%Ln Quelle mit %1 verschlagworten</numerusform>
            <numerusform>%Ln Quellen mit %1 verschlagworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln source(s) “%1” (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>%Ln Quelle mit „%1“ verschlagwortet (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>%Ln Quellen mit „%1“ verschlagwortet (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected source(s) has the tag %1</source>
        <translation>
            <numerusform>Die ausgewählte Quelle hat das Schlagwort %1 nicht</numerusform>
            <numerusform>Keine der %Ln ausgewählten Quellen hat das Schlagwort %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln source(s) %1</source>
        <translation>
            <numerusform>Schlagwort %1 von %Ln Quelle entfernen</numerusform>
            <numerusform>Schlagwort %1 von %Ln Quellen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln source(s) read</source>
        <translation>
            <numerusform>%Ln Quelle als gelesen markieren</numerusform>
            <numerusform>%Ln Quellen als gelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln source(s) unread</source>
        <translation>
            <numerusform>%Ln Quelle als ungelesen markieren</numerusform>
            <numerusform>%Ln Quellen als ungelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln source(s)?</source>
        <translation>
            <numerusform>%Ln Quelle löschen?</numerusform>
            <numerusform>%Ln Quellen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %Ln highlight(s).</source>
        <translation>
            <numerusform>Sie haben %Ln Markierung.</numerusform>
            <numerusform>Sie haben %Ln Markierungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s) leave the briefings %1.</source>
        <translation>
            <numerusform>%Ln Zitat verschwindet aus den Briefings %1.</numerusform>
            <numerusform>%Ln Zitate verschwinden aus den Briefings %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle löschen</numerusform>
            <numerusform>%Ln Quellen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln source(s) to the bin (Ctrl+Z brings them back, or File ▸ Bin…)</source>
        <translation>
            <numerusform>%Ln Quelle in den Papierkorb gelegt (Strg+Z holt sie zurück, oder Datei ▸ Papierkorb …)</numerusform>
            <numerusform>%Ln Quellen in den Papierkorb gelegt (Strg+Z holt sie zurück, oder Datei ▸ Papierkorb …)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ results</source>
        <translation>
            <numerusform>%Ln+ Treffer</numerusform>
            <numerusform>%Ln+ Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s) moved</source>
        <translation>
            <numerusform>%Ln Markierung verschoben</numerusform>
            <numerusform>%Ln Markierungen verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) review</source>
        <translation>
            <numerusform>%Ln muss geprüft werden</numerusform>
            <numerusform>%Ln müssen geprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be placed (kept, listed for review)</source>
        <translation>
            <numerusform>%Ln ließ sich nicht zuordnen (erhalten, zur Prüfung aufgeführt)</numerusform>
            <numerusform>%Ln ließen sich nicht zuordnen (erhalten, zur Prüfung aufgeführt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the tag “%1” off %Ln source(s) (Ctrl+Z puts it back)</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %Ln Quelle entfernt (Strg+Z stellt es wieder her)</numerusform>
            <numerusform>Schlagwort „%1“ von %Ln Quellen entfernt (Strg+Z stellt es wieder her)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A story: %Ln reports of one event</source>
        <translation>
            <numerusform>Eine Geschichte: %Ln Bericht zu einem Ereignis</numerusform>
            <numerusform>Eine Geschichte: %Ln Berichte zu einem Ereignis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag(s): %1</source>
        <translation>
            <numerusform>Schlagwort: %1</numerusform>
            <numerusform>Schlagwörter: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>❝ %Ln highlight(s)</source>
        <translation>
            <numerusform>❝ %Ln Markierung</numerusform>
            <numerusform>❝ %Ln Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside at import: %Ln block(s) (%1)</source>
        <translation>
            <numerusform>Beim Import ausgeblendet: %Ln Abschnitt (%1)</numerusform>
            <numerusform>Beim Import ausgeblendet: %Ln Abschnitte (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle wiederherstellen</numerusform>
            <numerusform>%Ln Quellen wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln source(s) (Ctrl+Z takes them back)</source>
        <translation>
            <numerusform>%Ln Quelle wiederhergestellt (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>%Ln Quellen wiederhergestellt (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln source(s) for good</source>
        <translation>
            <numerusform>%Ln Quelle endgültig gelöscht</numerusform>
            <numerusform>%Ln Quellen endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the chosen sources changed while you were asked and stayed in the bin (Delete asks again, naming what it holds now).</source>
        <translation>
            <numerusform>%Ln der ausgewählten Quellen hat sich während der Frage geändert und blieb im Papierkorb (Entf fragt erneut und nennt, was sie jetzt enthält).</numerusform>
            <numerusform>%Ln der ausgewählten Quellen haben sich während der Frage geändert und blieben im Papierkorb (Entf fragt erneut und nennt, was sie jetzt enthalten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln source(s) for good?</source>
        <translation>
            <numerusform>%Ln Quelle endgültig löschen?</numerusform>
            <numerusform>%Ln Quellen endgültig löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln Markierung</numerusform>
            <numerusform>%Ln Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the chosen sources had already left the bin (restored or deleted for good elsewhere, or imported again).</source>
        <translation>
            <numerusform>%Ln der ausgewählten Quellen war schon nicht mehr im Papierkorb (anderswo wiederhergestellt, endgültig gelöscht oder neu importiert).</numerusform>
            <numerusform>%Ln der ausgewählten Quellen waren schon nicht mehr im Papierkorb (anderswo wiederhergestellt, endgültig gelöscht oder neu importiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Sort library by:</source>
        <translation>Bibliothek &amp;sortieren nach:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothek:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Fe&amp;nster:</translation>
    </message>
    <message>
        <source>E&amp;xports:</source>
        <translation>&amp;Exporte:</translation>
    </message>
    <message>
        <source>The colour of this key&apos;s highlights in the article</source>
        <translation>Die Farbe der Markierungen dieser Taste im Artikel</translation>
    </message>
    <message>
        <source>Key &amp;%1:</source>
        <translation>Taste &amp;%1:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Another folder: start Briefing Reader with
--data-dir FOLDER</source>
        <translation>Anderer Ordner: Briefing Reader starten mit
--data-dir ORDNER</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Wie das Fenster</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new window language applies the next time Briefing Reader starts.</source>
        <translation>Eine neue Fenstersprache gilt ab dem nächsten Start von Briefing Reader.</translation>
    </message>
    <message>
        <source>Section titles, label names, “paragraph” and the citation format of exported Markdown.</source>
        <translation>Abschnittstitel, Kategorienamen, „Absatz“ und das Zitierformat im exportierten Markdown.</translation>
    </message>
    <message>
        <source>Highlight labels</source>
        <translation>Markierungskategorien</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>What you typed last could not be saved: the disk holding the library is full. Free some space (empty the trash, delete or move large files) and quit again to keep it, or quit now without it.</source>
        <translation>Was Sie zuletzt getippt haben, konnte nicht gespeichert werden: Der Datenträger der Bibliothek ist voll. Schaffen Sie Platz (Papierkorb leeren, große Dateien löschen oder verschieben) und beenden Sie erneut, um es zu behalten – oder beenden Sie jetzt ohne es.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Text nicht gespeichert</translation>
    </message>
    <message>
        <source>What you typed where something was then deleted elsewhere is saved nowhere: the bar over its editor holds it. Stay to copy or keep it, or quit now without it.</source>
        <translation>Was Sie dort geschrieben haben, wo danach anderswo etwas gelöscht wurde, ist nirgends gespeichert: Die Leiste über dem Eingabefeld hält es bereit. Bleiben Sie, um es zu kopieren oder zu übernehmen, oder beenden Sie jetzt ohne es.</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>Text noch nicht hinzugefügt</translation>
    </message>
    <message>
        <source>What you pasted or dropped while the import ran waits for the import to end and is not in the library yet. Stay until it is added, or quit now without it.</source>
        <translation>Was Sie während des Imports eingefügt oder abgelegt haben, wartet auf das Ende des Imports und ist noch nicht in der Bibliothek. Bleiben Sie, bis es hinzugefügt ist, oder beenden Sie jetzt ohne es.</translation>
    </message>
    <message>
        <source>The library is busy</source>
        <translation>Die Bibliothek ist belegt</translation>
    </message>
    <message>
        <source>What you typed last could not be saved: another program is writing to the library (another window, or the briefing command). Quit again once it is done to keep it, or quit now without it.</source>
        <translation>Was Sie zuletzt getippt haben, konnte nicht gespeichert werden: Ein anderes Programm schreibt gerade in die Bibliothek (ein weiteres Fenster oder der Befehl briefing). Beenden Sie erneut, sobald es fertig ist, um es zu behalten – oder beenden Sie jetzt ohne es.</translation>
    </message>
    <message>
        <source>&amp;Stay and try again</source>
        <translation>&amp;Bleiben und erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Stay and make room</source>
        <translation>&amp;Bleiben und Platz schaffen</translation>
    </message>
    <message>
        <source>&amp;Quit without it</source>
        <translation>&amp;Ohne es beenden</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The library is open read-only: nothing can be changed</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet: Es kann nichts geändert werden</translation>
    </message>
    <message>
        <source>Read-only: you may not write to the library here. To work in it, copy it to a folder of your own (--data-dir).</source>
        <translation>Schreibgeschützt: Sie dürfen hier nicht in die Bibliothek schreiben. Zum Arbeiten kopieren Sie sie in einen eigenen Ordner (--data-dir).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This briefing is empty.</source>
        <translation>Dieses Briefing ist leer.</translation>
    </message>
    <message>
        <source>This source has no highlights.</source>
        <translation>Diese Quelle hat keine Markierungen.</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen …</translation>
    </message>
    <message>
        <source>See the library&apos;s backups, back up now or restore one</source>
        <translation>Die Sicherungen der Bibliothek ansehen, jetzt sichern oder eine wiederherstellen</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 – schreibgeschützt</translation>
    </message>
    <message>
        <source>Backed up and verified.</source>
        <translation>Gesichert und geprüft.</translation>
    </message>
    <message>
        <source>Backed up and verified: %1.</source>
        <translation>Gesichert und geprüft: %1.</translation>
    </message>
    <message>
        <source>Your earlier backups are kept.</source>
        <translation>Ihre früheren Sicherungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>There is no backup of this library yet.</source>
        <translation>Von dieser Bibliothek gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Today&apos;s backup found damage in the library itself: %1

Your earlier backups are kept. Restore the newest good one from File ▸ Backups… before you go on working.</source>
        <translation>Die heutige Sicherung hat einen Schaden in der Bibliothek selbst gefunden: %1

Ihre früheren Sicherungen bleiben erhalten. Stellen Sie die neueste intakte über Datei ▸ Sicherungen … wieder her, bevor Sie weiterarbeiten.</translation>
    </message>
    <message>
        <source>No backup could be made today: the disk is full. A copy of the library needs %1, and %2 are free in %3.

Free some space on that disk (empty the trash, delete or move large files), then back up from File ▸ Backups…; while today has no backup, it is also tried every hour. Your library itself has not been changed.

%4</source>
        <translation>Heute konnte keine Sicherung angelegt werden: Der Datenträger ist voll. Eine Kopie der Bibliothek braucht %1, frei sind %2 in %3.

Schaffen Sie Platz auf diesem Datenträger (Papierkorb leeren, große Dateien löschen oder verschieben) und sichern Sie dann über Datei ▸ Sicherungen …; solange es von heute keine Sicherung gibt, wird sie außerdem jede Stunde versucht. Ihre Bibliothek selbst wurde nicht verändert.

%4</translation>
    </message>
    <message>
        <source>No backup could be made today: %1

%2</source>
        <translation>Heute konnte keine Sicherung angelegt werden: %1

%2</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>Die Sicherung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The library is in %1. Sync clients and network drives can copy the library while it is being written, or replace it with an older copy, and damage it.

Keep the library on this computer&apos;s own disk (start with --data-dir or set READER_HOME), and let the daily backups, or your own backup tool, make the copies.</source>
        <translation>Die Bibliothek liegt in %1. Sync-Programme und Netzlaufwerke können die Bibliothek kopieren, während sie geschrieben wird, oder sie durch eine ältere Kopie ersetzen und so beschädigen.

Bewahren Sie die Bibliothek auf der eigenen Festplatte dieses Computers auf (starten Sie mit --data-dir oder setzen Sie READER_HOME) und überlassen Sie das Kopieren den täglichen Sicherungen oder Ihrem eigenen Sicherungsprogramm.</translation>
    </message>
    <message>
        <source>The library is in a risky place</source>
        <translation>Die Bibliothek liegt an einem riskanten Ort</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>unread only</source>
        <translation>nur ungelesene</translation>
    </message>
    <message>
        <source>naming “%1”</source>
        <translation>nennt „%1“</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>alle Quellen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Sa&amp;ve search…</source>
        <translation>Suche &amp;speichern …</translation>
    </message>
    <message>
        <source>Keep the library&apos;s search, tag and filters under a name</source>
        <translation>Suche, Schlagwort und Einschränkungen der Bibliothek unter einem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Choose it, correct the search, and save it again under its name (Ctrl+Shift+S)</source>
        <translation>Wählen Sie sie aus, korrigieren Sie die Suche und speichern Sie sie unter ihrem Namen erneut (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>%1 — nothing was saved</source>
        <translation>%1 – nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name for this search (%1):</source>
        <translation>Name für diese Suche (%1):</translation>
    </message>
    <message>
        <source>Save search %1</source>
        <translation>Suche %1 speichern</translation>
    </message>
    <message>
        <source>Saved search “%1”: listed under the tags (Ctrl+Z takes it back)</source>
        <translation>Suche „%1“ gespeichert: Sie steht unter den Schlagwörtern (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Gespeicherte Suche umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename saved search %1 → %2</source>
        <translation>Gespeicherte Suche %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Renamed saved search “%1” to “%2” (Ctrl+Z takes it back)</source>
        <translation>Gespeicherte Suche „%1“ in „%2“ umbenannt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Delete saved search %1</source>
        <translation>Gespeicherte Suche %1 löschen</translation>
    </message>
    <message>
        <source>Deleted saved search “%1” (Ctrl+Z brings it back)</source>
        <translation>Gespeicherte Suche „%1“ gelöscht (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>There is already a saved search called “%1”. Replace it with this search?</source>
        <translation>Es gibt schon eine gespeicherte Suche „%1“. Durch diese Suche ersetzen?</translation>
    </message>
    <message>
        <source>Replace saved search</source>
        <translation>Gespeicherte Suche ersetzen</translation>
    </message>
    <message>
        <source>Replace saved search %1</source>
        <translation>Gespeicherte Suche %1 ersetzen</translation>
    </message>
    <message>
        <source>Replaced saved search “%1” (Ctrl+Z takes it back)</source>
        <translation>Gespeicherte Suche „%1“ ersetzt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>A saved search&apos;s name is at most 100 characters</source>
        <translation>Der Name einer gespeicherten Suche hat höchstens 100 Zeichen</translation>
    </message>
    <message>
        <source>There is already a saved search called “%1”</source>
        <translation>Es gibt schon eine gespeicherte Suche namens „%1“</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Outlet/author</source>
        <translation>Medium/Autor</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <source>Highlight as %1 (%2)</source>
        <translation>Als %1 markieren (%2)</translation>
    </message>
    <message>
        <source>Highlight as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The library was changed elsewhere: the undo history is cleared</source>
        <translation>Die Bibliothek wurde anderswo geändert: Der Verlauf für „Rückgängig“ ist geleert</translation>
    </message>
    <message>
        <source>The library is busy: what you typed is kept, and saved where you typed it as soon as the library is free</source>
        <translation>Die Bibliothek ist belegt: Ihr Text bleibt erhalten und wird dort gespeichert, wo Sie ihn geschrieben haben, sobald sie frei ist</translation>
    </message>
    <message>
        <source>The library is still busy: what you typed is kept and saved once it is free</source>
        <translation>Die Bibliothek ist noch belegt: Ihr Text bleibt erhalten und wird gespeichert, sobald sie frei ist</translation>
    </message>
</context>
<context>
    <name>SetAsideNote</name>
    <message>
        <source>Back to the article</source>
        <translation>Zurück zum Artikel</translation>
    </message>
    <message>
        <source>Little of the page was kept as the article: if text is missing, restore it from the original.</source>
        <translation>Nur wenig von der Seite wurde als Artikel übernommen: Fehlt Text, holen Sie ihn aus dem Original zurück.</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Original anzeigen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tags, saved searches</source>
        <translation>Schlagwörter, gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste im Artikel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Search box</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <source>Into the results</source>
        <translation>In die Treffer</translation>
    </message>
    <message>
        <source>Search box, library list</source>
        <translation>Suchfeld, Bibliotheksliste</translation>
    </message>
    <message>
        <source>Clear the search, back to the list</source>
        <translation>Suche leeren, zurück zur Liste</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Open the best result, hits marked</source>
        <translation>Besten Treffer öffnen, Fundstellen markiert</translation>
    </message>
    <message>
        <source>Rename the chosen one</source>
        <translation>Ausgewählten Eintrag umbenennen</translation>
    </message>
    <message>
        <source>Delete the chosen one</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Briefing&apos;s items</source>
        <translation>Einträge des Briefings</translation>
    </message>
    <message>
        <source>Library list</source>
        <translation>Bibliotheksliste</translation>
    </message>
    <message>
        <source>Type a title&apos;s first letters: to the next source starting with them</source>
        <translation>Die ersten Buchstaben eines Titels tippen: zur nächsten Quelle, die so beginnt</translation>
    </message>
    <message>
        <source>Letters (a first J or K with Shift)</source>
        <translation>Buchstaben (J oder K am Anfang mit Umschalt)</translation>
    </message>
    <message>
        <source>To the title and byline</source>
        <translation>Zum Titel und zur Autorenzeile</translation>
    </message>
    <message>
        <source>A screen further, a screen back</source>
        <translation>Eine Bildschirmseite weiter, eine zurück</translation>
    </message>
    <message>
        <source>Select words, then 1–5 highlights them</source>
        <translation>Wörter auswählen; 1–5 markiert sie</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Close it, marks and all</source>
        <translation>Schließen, mitsamt den Markierungen der Treffer</translation>
    </message>
    <message>
        <source>Annotation, note, tag field</source>
        <translation>Anmerkung, Notiz, Schlagwortfeld</translation>
    </message>
    <message>
        <source>Back to the article (the annotation saved)</source>
        <translation>Zurück zum Artikel (die Anmerkung ist gespeichert)</translation>
    </message>
    <message>
        <source>Notes&apos; highlights, All highlights</source>
        <translation>Markierungen im Notizbereich, Alle Markierungen</translation>
    </message>
    <message>
        <source>Add the chosen highlights to a briefing</source>
        <translation>Ausgewählte Markierungen einem Briefing hinzufügen</translation>
    </message>
    <message>
        <source>All highlights, library table, entities</source>
        <translation>Alle Markierungen, Bibliothekstabelle, Namen und Zahlen</translation>
    </message>
    <message>
        <source>Back to reading</source>
        <translation>Zurück zum Lesen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Namen und Zahlen</translation>
    </message>
    <message>
        <source>Show the sources that name it in the library</source>
        <translation>Die Quellen, die es nennen, in der Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Not a name: take the chosen entries out of the list</source>
        <translation>Kein Name: die ausgewählten Einträge aus der Liste nehmen</translation>
    </message>
    <message>
        <source>Move the chosen item up, down</source>
        <translation>Ausgewählten Eintrag nach oben, nach unten schieben</translation>
    </message>
    <message>
        <source>Take the chosen item out of the briefing</source>
        <translation>Ausgewählten Eintrag aus dem Briefing nehmen</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Vergrößern, verkleinern</translation>
    </message>
    <message>
        <source>Show every dated source</source>
        <translation>Alle datierten Quellen anzeigen</translation>
    </message>
    <message>
        <source>Move along</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Pick the mark before or after</source>
        <translation>Marke davor oder danach wählen</translation>
    </message>
    <message>
        <source>Read the picked mark</source>
        <translation>Ausgewählte Marke lesen</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Context menu of what has the keyboard</source>
        <translation>Kontextmenü des Elements mit dem Tastaturfokus</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search commands and keys…</source>
        <translation>Befehle und Tasten suchen …</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>Edit metadata of %1</source>
        <translation>Metadaten von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete source %1</source>
        <translation>Quelle %1 löschen</translation>
    </message>
    <message>
        <source>Moved %1 to the bin (Ctrl+Z brings it back, or File ▸ Bin…)</source>
        <translation>Quelle %1 in den Papierkorb gelegt (Strg+Z holt sie zurück, oder Datei ▸ Papierkorb …)</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>(title taken from the text — Source ▸ Edit metadata to set one)</source>
        <translation>(Titel aus dem Text übernommen – Quelle ▸ Metadaten bearbeiten, um ihn zu setzen)</translation>
    </message>
    <message>
        <source>✎ Summary note</source>
        <translation>✎ Notiz</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message>
        <source>Show &amp;story</source>
        <translation>&amp;Geschichte anzeigen</translation>
    </message>
    <message>
        <source>Read the reports of this source&apos;s event side by side</source>
        <translation>Die Berichte zum Ereignis dieser Quelle nebeneinander lesen</translation>
    </message>
    <message>
        <source>&amp;Join with…</source>
        <translation>&amp;Verbinden mit …</translation>
    </message>
    <message>
        <source>Put this source in one story with another</source>
        <translation>Diese Quelle mit einer anderen zu einer Geschichte verbinden</translation>
    </message>
    <message>
        <source>&amp;Take out of story</source>
        <translation>Aus der Geschichte &amp;herausnehmen</translation>
    </message>
    <message>
        <source>This source reports another event: keep it apart</source>
        <translation>Diese Quelle berichtet über ein anderes Ereignis: getrennt halten</translation>
    </message>
    <message>
        <source>&amp;Find stories in the library</source>
        <translation>Geschichten in der Bibliothek &amp;finden</translation>
    </message>
    <message>
        <source>Group the sources that report the same event</source>
        <translation>Die Quellen gruppieren, die über dasselbe Ereignis berichten</translation>
    </message>
    <message>
        <source>This source is not part of a story. Source ▸ Join with… makes one.</source>
        <translation>Diese Quelle gehört zu keiner Geschichte. Mit Quelle ▸ Verbinden mit … bilden Sie eine.</translation>
    </message>
    <message>
        <source>This source is not part of a story.</source>
        <translation>Diese Quelle gehört zu keiner Geschichte.</translation>
    </message>
    <message>
        <source>Take %1 out of its story</source>
        <translation>%1 aus der Geschichte herausnehmen</translation>
    </message>
    <message numerus="yes">
        <source>Join %Ln source(s) into one story</source>
        <translation>
            <numerusform>%Ln Quelle zu einer Geschichte verbinden</numerusform>
            <numerusform>%Ln Quellen zu einer Geschichte verbinden</numerusform>
        </translation>
    </message>
    <message>
        <source>Took “%1” out of its story (Ctrl+Z puts it back)</source>
        <translation>„%1“ aus der Geschichte herausgenommen (Strg+Z stellt es wieder her)</translation>
    </message>
    <message numerus="yes">
        <source>Joined %Ln source(s) into one story (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>%Ln Quelle zu einer Geschichte verbunden (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>%Ln Quellen zu einer Geschichte verbunden (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message>
        <source>No other source to join this one with.</source>
        <translation>Keine andere Quelle, mit der sich diese verbinden ließe.</translation>
    </message>
    <message>
        <source>Join with</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>Report of the same event:</source>
        <translation>Bericht über dasselbe Ereignis:</translation>
    </message>
    <message numerus="yes">
        <source>a story of %Ln report(s)</source>
        <translation>
            <numerusform>eine Geschichte aus %Ln Bericht</numerusform>
            <numerusform>eine Geschichte aus %Ln Berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding stories…</source>
        <translation>Geschichten werden gesucht …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln story(s) in the library</source>
        <translation>
            <numerusform>%Ln Geschichte in der Bibliothek</numerusform>
            <numerusform>%Ln Geschichten in der Bibliothek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryWindow</name>
    <message>
        <source>Story: %1</source>
        <translation>Geschichte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reports of one event</source>
        <translation>
            <numerusform>%Ln Bericht zu einem Ereignis</numerusform>
            <numerusform>%Ln Berichte zu einem Ereignis</numerusform>
        </translation>
    </message>
    <message>
        <source>Shaded: what only this report has.</source>
        <translation>Schattiert: was nur dieser Bericht enthält.</translation>
    </message>
    <message>
        <source>The reports are in different languages, so most of each is shaded.</source>
        <translation>Die Berichte sind in verschiedenen Sprachen, daher ist das meiste schattiert.</translation>
    </message>
    <message>
        <source>This window only compares the reports. To highlight, press Open to read the report in the main window, select the passage there and press 1–5.</source>
        <translation>Dieses Fenster vergleicht die Berichte nur. Zum Markieren den Bericht mit „Öffnen“ im Hauptfenster lesen, dort die Stelle auswählen und 1–5 drücken.</translation>
    </message>
    <message>
        <source>Your highlights: %1.</source>
        <translation>Ihre Markierungen: %1.</translation>
    </message>
    <message>
        <source>no outlet</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message numerus="yes">
        <source>Adds %Ln passage(s) the others lack</source>
        <translation>
            <numerusform>Bringt %Ln Stelle, die den anderen fehlt</numerusform>
            <numerusform>Bringt %Ln Stellen, die den anderen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds nothing the others lack</source>
        <translation>Bringt nichts, was den anderen fehlt</translation>
    </message>
    <message>
        <source>Report “%1”</source>
        <translation>Bericht „%1“</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Take out of story</source>
        <translation>Aus der Geschichte &amp;herausnehmen</translation>
    </message>
    <message>
        <source>Open “%1” in the main window</source>
        <translation>„%1“ im Hauptfenster öffnen</translation>
    </message>
    <message>
        <source>Take “%1” out of the story</source>
        <translation>„%1“ aus der Geschichte herausnehmen</translation>
    </message>
</context>
<context>
    <name>SuggestionLine</name>
    <message>
        <source>Search for this instead (Ctrl+Z in the search box brings back what you typed)</source>
        <translation>Stattdessen danach suchen (Strg+Z im Suchfeld holt Ihre Eingabe zurück)</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Meinten Sie: %1?</translation>
    </message>
    <message>
        <source>Searched for “%1” instead of “%2” (Ctrl+Z takes it back)</source>
        <translation>Nach „%1“ gesucht statt nach „%2“ (Strg+Z macht es rückgängig)</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>Schlagwort hinzufügen …</translation>
    </message>
    <message>
        <source>Add a tag to this source</source>
        <translation>Schlagwort zu dieser Quelle hinzufügen</translation>
    </message>
</context>
<context>
    <name>TagEdits</name>
    <message>
        <source>&amp;Rename tag…</source>
        <translation>Schlagwort &amp;umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete tag</source>
        <translation>Schlagwort &amp;löschen</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Rename tag %1 → %2</source>
        <translation>Schlagwort %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Renamed tag “%1” to “%2” (Ctrl+Z takes it back)</source>
        <translation>Schlagwort „%1“ in „%2“ umbenannt (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>Schlagwort %1 löschen</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Show only sources tagged “%1”</source>
        <translation>Nur Quellen mit dem Schlagwort „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Show every source</source>
        <translation>Alle Quellen anzeigen</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>noch etwa eine Minute</numerusform>
            <numerusform>noch etwa %Ln Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message numerus="yes">
        <source>%Ln more above the top: zoom in</source>
        <translation>
            <numerusform>%Ln weitere oberhalb: hineinzoomen</numerusform>
            <numerusform>%Ln weitere oberhalb: hineinzoomen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more above the top: show fewer with a tag or search</source>
        <translation>
            <numerusform>%Ln weitere oberhalb: mit Schlagwort oder Suche eingrenzen</numerusform>
            <numerusform>%Ln weitere oberhalb: mit Schlagwort oder Suche eingrenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A story: %Ln reports of one event</source>
        <translation>
            <numerusform>Eine Geschichte: %Ln Bericht zu einem Ereignis</numerusform>
            <numerusform>Eine Geschichte: %Ln Berichte zu einem Ereignis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln undated (listed on the right)</source>
        <translation>
            <numerusform>, davon %Ln ohne Datum (rechts aufgeführt)</numerusform>
            <numerusform>, davon %Ln ohne Datum (rechts aufgeführt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineCommands</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>The listed sources by publication date</source>
        <translation>Die angezeigten Quellen nach Erscheinungsdatum</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Colour by outlet</source>
        <translation>Farbe nach Medium</translation>
    </message>
    <message>
        <source>Colour by tag</source>
        <translation>Farbe nach Schlagwort</translation>
    </message>
    <message>
        <source>Show every dated source (0)</source>
        <translation>Alle datierten Quellen anzeigen (0)</translation>
    </message>
    <message>
        <source>Wheel or + / − to zoom, drag or Shift+← → to move, 0 to fit; click a mark, or pick one with ← → and press Enter, to open it.</source>
        <translation>Mausrad oder + / − zoomt, Ziehen oder Umschalt+← → verschiebt, 0 passt ein; Marke öffnen: anklicken oder mit ← → wählen und Eingabetaste.</translation>
    </message>
    <message>
        <source>Part of the story “%1” (%2)</source>
        <translation>Gehört zur Geschichte „%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Undated (%Ln)</source>
        <translation>
            <numerusform>Ohne Datum (%Ln)</numerusform>
            <numerusform>Ohne Datum (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No sources in this view: the library&apos;s tag, search or filters find none.</source>
        <translation>Keine Quellen in dieser Ansicht: Schlagwort, Suche oder Filter der Bibliothek finden keine.</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>None of these sources has a publication date: they are listed on the right.</source>
        <translation>Keine dieser Quellen hat ein Erscheinungsdatum: Sie stehen rechts in der Liste.</translation>
    </message>
    <message>
        <source>saved search “%1”</source>
        <translation>gespeicherte Suche „%1“</translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation>mit Schlagwort „%1“</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>passend zu „%1“</translation>
    </message>
    <message>
        <source>naming “%1”</source>
        <translation>mit Nennung von „%1“</translation>
    </message>
    <message>
        <source>other or none</source>
        <translation>andere oder keine</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Highlight %1 as %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message>
        <source>Delete highlight %1</source>
        <translation>Markierung %1 löschen</translation>
    </message>
    <message>
        <source>Deleted the highlight %1 (Ctrl+Z brings it back)</source>
        <translation>Markierung %1 gelöscht (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Deleted the highlight %1 and its quote in %2 (Ctrl+Z brings both back)</source>
        <translation>Markierung %1 und ihr Zitat in %2 gelöscht (Strg+Z holt beides zurück)</translation>
    </message>
    <message>
        <source>Edit annotation on %1</source>
        <translation>Anmerkung zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>Label %1 as %2</source>
        <translation>%1 als %2 einordnen</translation>
    </message>
    <message>
        <source>Edit summary note on %1</source>
        <translation>Notiz zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>Restore block</source>
        <translation>Abschnitt wiederherstellen</translation>
    </message>
    <message>
        <source>Hide block</source>
        <translation>Abschnitt ausblenden</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Schlagwort %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <source>Revision</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Ve&amp;rsion:</source>
        <translation>Fa&amp;ssung:</translation>
    </message>
    <message>
        <source>Updated: version %1 of %1. Show original (Ctrl+U) to read the earlier ones.</source>
        <translation>Aktualisiert: Fassung %1 von %1. „Original anzeigen“ (Strg+U) zeigt die früheren.</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Ähnlich wie %1</translation>
    </message>
    <message>
        <source>%1 of %2 (current), from %3</source>
        <translation>%1 von %2 (aktuell), vom %3</translation>
    </message>
    <message>
        <source>%1 of %2, from %3, read only</source>
        <translation>%1 von %2, vom %3, nur zum Lesen</translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <source>Next pan&amp;e</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Previ&amp;ous pane</source>
        <translation>Vorheriger Be&amp;reich</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>Zur B&amp;ibliothek</translation>
    </message>
    <message>
        <source>Go to &amp;article</source>
        <translation>Zum &amp;Artikel</translation>
    </message>
    <message>
        <source>Go to no&amp;tes</source>
        <translation>Zum N&amp;otizbereich</translation>
    </message>
    <message>
        <source>Move the keyboard to the next pane</source>
        <translation>Die Tastatur in den nächsten Bereich bringen</translation>
    </message>
    <message>
        <source>Move the keyboard to the previous pane</source>
        <translation>Die Tastatur in den vorherigen Bereich bringen</translation>
    </message>
    <message>
        <source>Move the keyboard to the library list</source>
        <translation>Die Tastatur in die Bibliotheksliste bringen</translation>
    </message>
    <message>
        <source>Move the keyboard to the article</source>
        <translation>Die Tastatur in den Artikel bringen</translation>
    </message>
    <message>
        <source>Move the keyboard to the highlights and notes</source>
        <translation>Die Tastatur in den Notizbereich bringen</translation>
    </message>
    <message>
        <source>Ta&amp;g source…</source>
        <translation>&amp;Quelle verschlagworten …</translation>
    </message>
    <message>
        <source>Type a tag for the open source</source>
        <translation>Ein Schlagwort für die offene Quelle eingeben</translation>
    </message>
    <message>
        <source>Write s&amp;ummary note</source>
        <translation>No&amp;tiz schreiben</translation>
    </message>
    <message>
        <source>Move the keyboard into the open source&apos;s summary note</source>
        <translation>Die Tastatur in die Notiz der offenen Quelle bringen</translation>
    </message>
    <message>
        <source>Show &amp;library</source>
        <translation>&amp;Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <translation>Notizb&amp;ereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation>Fok&amp;usmodus</translation>
    </message>
    <message>
        <source>Only the article; F11 again brings the panes back</source>
        <translation>Nur der Artikel; F11 holt die Bereiche zurück</translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln Markierung</numerusform>
            <numerusform>%Ln Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
</context>
</TS>
