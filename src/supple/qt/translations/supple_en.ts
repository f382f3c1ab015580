<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Folder not opened</source>
        <translation>Folder not opened</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Folder path</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the folder&apos;s path to the clipboard</source>
        <translation>Copy the folder&apos;s path to the clipboard</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>a file of that name is in the way</translation>
    </message>
    <message>
        <source>Supple could not create {what} ({why}). It belongs here:</source>
        <translation>Supple could not create {what} ({why}). It belongs here:</translation>
    </message>
    <message>
        <source>No file manager answered, so Supple could not open {what}. It is here, to open in a file manager or a terminal:</source>
        <translation>No file manager answered, so Supple could not open {what}. It is here, to open in a file manager or a terminal:</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>A button&apos;s title and what it does.</extracomment>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Dismiss this notice</translation>
    </message>
    <message>
        <source>0 = loose and pain-free · 10 = the worst tightness or pain</source>
        <translation>0 = loose and pain-free · 10 = the worst tightness or pain</translation>
    </message>
    <message>
        <source>{accessible}: {value} of 10</source>
        <translation>{accessible}: {value} of 10</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <extracomment>Each file&apos;s verdict (None: fine, or why not), kept while its stat stays the same. Drawings asked for during a paint (the file, the box, and the bytes read earlier with the file&apos;s stamp then, if any), requested from the renderer after it.</extracomment>
        <translation>Exercise picture</translation>
    </message>
</context>
</TS>
