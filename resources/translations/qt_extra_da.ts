<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words that its Danish catalogue (qtbase_da) lacks: the file dialog's labels
     and the file types it lists.  Written by hand (not by lupdate: the sources are Qt's),
     in the words qtbase_da used for the same strings before Qt renamed them.  Compile with
     pyside6-lrelease resources/translations/qt_extra_da.ts -->
<TS version="2.1" language="da_DK">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Kig i:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer af &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Drev</translation>
        </message>
        <message>
            <source>%1 File</source>
            <comment>%1 is a file name suffix, for example txt</comment>
            <translation>%1-fil</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>File Folder</source>
            <comment>Match Windows Explorer</comment>
            <translation>Filmappe</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Mappe</translation>
        </message>
        <message>
            <source>Alias</source>
            <comment>macOS Finder</comment>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation>Genvej</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Ukendt</translation>
        </message>
    </context>
</TS>
