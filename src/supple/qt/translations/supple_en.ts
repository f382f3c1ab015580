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
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>Stand on your {leg} leg, on a 10° slope if you have one (else the flat floor), fingertips on a wall for balance, knee straight. Rise as high as you can on the “up” beat and lower on the “down” one: {pace} raises a minute. Keep going until you can no longer keep the pace or the height, then press Stop (or Space).</source>
        <translation>Stand on your {leg} leg, on a 10° slope if you have one (else the flat floor), fingertips on a wall for balance, knee straight. Rise as high as you can on the “up” beat and lower on the “down” one: {pace} raises a minute. Keep going until you can no longer keep the pace or the height, then press Stop (or Space).</translation>
    </message>
    <message>
        <source>Facing a wall, foot flat, bend the knee to touch the wall with the heel down; move the foot back until it only just touches. Measure from the big toe to the wall.</source>
        <translation>Facing a wall, foot flat, bend the knee to touch the wall with the heel down; move the foot back until it only just touches. Measure from the big toe to the wall.</translation>
    </message>
    <message>
        <source>Calf test · Supple</source>
        <translation>Calf test · Supple</translation>
    </message>
    <message>
        <source>Skip this leg</source>
        <translation>Skip this leg</translation>
    </message>
    <message>
        <source>Too sore to test today: no heel raises are saved for it</source>
        <translation>Too sore to test today: no heel raises are saved for it</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>Beat</translation>
    </message>
    <message>
        <source>Heel raises counted</source>
        <translation>Heel raises counted</translation>
    </message>
    <message>
        <source>raises</source>
        <translation>raises</translation>
    </message>
    <message>
        <source>Stop — I can&apos;t keep up</source>
        <translation>Stop — I can&apos;t keep up</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Stop (Space)</translation>
    </message>
    <message>
        <source> raises</source>
        <translation> raises</translation>
    </message>
    <message>
        <source>Heel raises: correct the count if it is wrong</source>
        <translation>Heel raises: correct the count if it is wrong</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <source>Knee to wall</source>
        <translation>Knee to wall</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Knee to wall, {value} leg, in centimetres</source>
        <translation>Knee to wall, {value} leg, in centimetres</translation>
    </message>
    <message>
        <source>&amp;{capitalize} leg</source>
        <translation>&amp;{capitalize} leg</translation>
    </message>
    <message>
        <source>Save the test</source>
        <translation>Save the test</translation>
    </message>
    <message>
        <source>Calf test saved</source>
        <translation>Calf test saved</translation>
    </message>
    <message>
        <source>The history shows each leg over the weeks. The next test is offered in two weeks.</source>
        <translation>The history shows each leg over the weeks. The next test is offered in two weeks.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Left leg</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Right leg</translation>
    </message>
    <message>
        <source>Calf test · {leg_name} ({value} of 2)</source>
        <translation>Calf test · {leg_name} ({value} of 2)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>Start: {value} leg</source>
        <translation>Start: {value} leg</translation>
    </message>
    <message>
        <source>{leg_name} · {RAISES_PER_MINUTE} raises a minute</source>
        <translation>{leg_name} · {RAISES_PER_MINUTE} raises a minute</translation>
    </message>
    <message>
        <source>Get ready · {seconds}</source>
        <translation>Get ready · {seconds}</translation>
    </message>
    <message>
        <source>▲ UP</source>
        <translation>▲ UP</translation>
    </message>
    <message>
        <source>▼ down</source>
        <translation>▼ down</translation>
    </message>
    <message>
        <source>{leg_name}: {count} raises</source>
        <translation>{leg_name}: {count} raises</translation>
    </message>
    <message>
        <source>Stopped after {minutes:g} minutes.</source>
        <translation>Stopped after {minutes:g} minutes.</translation>
    </message>
    <message>
        <source>Counted from the beat.</source>
        <translation>Counted from the beat.</translation>
    </message>
    <message>
        <source>{why} If the count is wrong (a raise that did not reach full height, or one the beat missed), correct it here.</source>
        <translation>{why} If the count is wrong (a raise that did not reach full height, or one the beat missed), correct it here.</translation>
    </message>
    <message>
        <source>Next: right leg</source>
        <translation>Next: right leg</translation>
    </message>
    <message>
        <source>Next: left leg</source>
        <translation>Next: left leg</translation>
    </message>
    <message>
        <source>Next: knee to wall</source>
        <translation>Next: knee to wall</translation>
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
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Calves</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>stopped early</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>Calf tightness or pain, 0 to 10: before → after the session</source>
        <translation>Calf tightness or pain, 0 to 10: before → after the session</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>{routine}, {slot} (week {week}{when})</source>
        <translation>{routine}, {slot} (week {week}{when})</translation>
    </message>
    <message>
        <source>No sound: the sound server accepted the connection but did not answer, so Supple leaves it alone. Cues are shown on screen only; restart Supple once sound works again.</source>
        <translation>No sound: the sound server accepted the connection but did not answer, so Supple leaves it alone. Cues are shown on screen only; restart Supple once sound works again.</translation>
    </message>
    <message>
        <source>No sound: the audio system could not be reached and no other way to play sounds was found. Cues are shown on screen only.</source>
        <translation>No sound: the audio system could not be reached and no other way to play sounds was found. Cues are shown on screen only.</translation>
    </message>
    <message>
        <source>No sound: the audio system could not be reached.</source>
        <translation>No sound: the audio system could not be reached.</translation>
    </message>
    <message>
        <source>Some cue sounds could not be loaded and will be silent: {names}.</source>
        <translation>Some cue sounds could not be loaded and will be silent: {names}.</translation>
    </message>
    <message>
        <source>Sounds may come a little late on this computer, and their volume follows the system volume (played through {backend}).</source>
        <translation>Sounds may come a little late on this computer, and their volume follows the system volume (played through {backend}).</translation>
    </message>
    <message>
        <source>Cue sounds are missing from {folder}: {names}.</source>
        <translation>Cue sounds are missing from {folder}: {names}.</translation>
    </message>
    <message>
        <source>Due at {time}.</source>
        <translation>Due at {time}.</translation>
    </message>
    <message>
        <source>Supple: morning calf check</source>
        <translation>Supple: morning calf check</translation>
    </message>
    <message>
        <source>Rate pain and tightness, 0–10.</source>
        <translation>Rate pain and tightness, 0–10.</translation>
    </message>
    <message>
        <source>Time for {routine}</source>
        <translation>Time for {routine}</translation>
    </message>
    <message>
        <source>Start when ready.</source>
        <translation>Start when ready.</translation>
    </message>
    <message>
        <source>Rate now</source>
        <translation>Rate now</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Search routines and exercises</source>
        <extracomment>RoutineCard of the user&apos;s: move it to the backup folder (for a customized copy of a built-in routine: &quot;restore the built-in&quot;, which is the same move).</extracomment>
        <translation>Search routines and exercises</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Search routines</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Defaults for every step</source>
        <translation>Defaults for every step</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Pick one of the library&apos;s categories, or type your own</source>
        <translation>Pick one of the library&apos;s categories, or type your own</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Last done</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Show problems in routine files</source>
        <translation>Show problems in routine files</translation>
    </message>
    <message>
        <source>Problems in routine files; Enter or double-click opens the file</source>
        <translation>Problems in routine files; Enter or double-click opens the file</translation>
    </message>
    <message>
        <source>Enter or double-click: open the file in the editor</source>
        <translation>Enter or double-click: open the file in the editor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Start the selected routine</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Start (Enter)</translation>
    </message>
    <message>
        <source>Steps of the selected routine</source>
        <translation>Steps of the selected routine</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit the selected routine</source>
        <translation>Edit the selected routine</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>New routine</translation>
    </message>
    <message>
        <source>Write a new routine</source>
        <translation>Write a new routine</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the selected routine to share it</source>
        <translation>Export the selected routine to share it</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import a shared routine (.yaml or .zip)</source>
        <translation>Import a shared routine (.yaml or .zip)</translation>
    </message>
    <message>
        <source>Calves right now (optional, 0 = fine, 10 = worst)</source>
        <translation>Calves right now (optional, 0 = fine, 10 = worst)</translation>
    </message>
    <message>
        <source>Calf tightness or pain before starting</source>
        <translation>Calf tightness or pain before starting</translation>
    </message>
    <message>
        <source>Restore the built-in</source>
        <translation>Restore the built-in</translation>
    </message>
    <message>
        <source>Put your copy aside (Undo brings it back) and use the built-in routine again</source>
        <translation>Put your copy aside (Undo brings it back) and use the built-in routine again</translation>
    </message>
    <message>
        <source>Move {name} to the deleted routines (Undo brings it back)</source>
        <translation>Move {name} to the deleted routines (Undo brings it back)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in routine files — show</source>
        <translation>
            <numerusform>⚠ %n problem in routine files — show</numerusform>
            <numerusform>⚠ %n problems in routine files — show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in routine files — hide</source>
        <translation>
            <numerusform>⚠ %n problem in routine files — hide</numerusform>
            <numerusform>⚠ %n problems in routine files — hide</numerusform>
        </translation>
    </message>
    <message>
        <source>No routine or exercise matches “{strip}”.</source>
        <translation>No routine or exercise matches “{strip}”.</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Customize</translation>
    </message>
    <message>
        <source>Edit your own copy (the built-in routine stays as it is)</source>
        <translation>Edit your own copy (the built-in routine stays as it is)</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>your routine · {file}</source>
        <translation>your routine · {file}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Exercises in the preview</source>
        <translation>Exercises in the preview</translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>Nothing to preview yet</translation>
    </message>
    <message>
        <source>The preview appears once the routine has no problems.</source>
        <translation>The preview appears once the routine has no problems.</translation>
    </message>
    <message>
        <source>{duration} in all · {exercises} · {category}</source>
        <translation>{duration} in all · {exercises} · {category}</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the last version without problems.</source>
        <translation>Showing the last version without problems.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Speech needs espeak-ng (or speech-dispatcher); none was found. Install the &apos;espeak-ng&apos; package to hear step names.</source>
        <translation>Speech needs espeak-ng (or speech-dispatcher); none was found. Install the &apos;espeak-ng&apos; package to hear step names.</translation>
    </message>
    <message>
        <source>The {engine} speech engine failed: {error}</source>
        <translation>The {engine} speech engine failed: {error}</translation>
    </message>
    <message>
        <source>No programme yet</source>
        <translation>No programme yet</translation>
    </message>
    <message>
        <source>Today&apos;s plan: nothing planned</source>
        <translation>Today&apos;s plan: nothing planned</translation>
    </message>
    <message>
        <source>This desktop has no tray, so Supple cannot wait there: it runs while its window is open (or minimized).</source>
        <translation>This desktop has no tray, so Supple cannot wait there: it runs while its window is open (or minimized).</translation>
    </message>
    <message>
        <source>Supple</source>
        <extracomment>The user wants the full player back.</extracomment>
        <translation>Supple</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Calf test…</source>
        <translation>Calf test…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Reload routines</source>
        <translation>Reload routines</translation>
    </message>
    <message>
        <source>Open my routines folder</source>
        <translation>Open my routines folder</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>History could not be read: {exc}</source>
        <translation>History could not be read: {exc}</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>it could not be read</translation>
    </message>
    <message>
        <source>{name} could not be started: {first}</source>
        <translation>{name} could not be started: {first}</translation>
    </message>
    <message>
        <source>A routine is under way: finish or stop it first.</source>
        <translation>A routine is under way: finish or stop it first.</translation>
    </message>
    <message>
        <source>{name} could not be copied for editing: {exc}</source>
        <translation>{name} could not be copied for editing: {exc}</translation>
    </message>
    <message>
        <source>Your copy of {name} is put aside: the built-in routine is back (kept in {parent}).</source>
        <translation>Your copy of {name} is put aside: the built-in routine is back (kept in {parent}).</translation>
    </message>
    <message>
        <source>{name} was deleted (kept in {parent}).</source>
        <translation>{name} was deleted (kept in {parent}).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>My routine</translation>
    </message>
    <message>
        <source>your routines folder</source>
        <translation>your routines folder</translation>
    </message>
    <message>
        <source>The history window is not available in this build.</source>
        <translation>The history window is not available in this build.</translation>
    </message>
    <message>
        <source>The history could not be opened.</source>
        <translation>The history could not be opened.</translation>
    </message>
    <message>
        <source>{routine} has changed since, so that session cannot be resumed; start it afresh instead.</source>
        <translation>{routine} has changed since, so that session cannot be resumed; start it afresh instead.</translation>
    </message>
    <message>
        <source>A routine is under way. Stop it and quit?</source>
        <translation>A routine is under way. Stop it and quit?</translation>
    </message>
    <message>
        <source>Start {label}</source>
        <translation>Start {label}</translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Today&apos;s plan</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Reminders paused until {time}</translation>
    </message>
    <message>
        <source>Reminders paused for today</source>
        <translation>Reminders paused for today</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Resume reminders</translation>
    </message>
    <message>
        <source>Pause reminders for an hour</source>
        <translation>Pause reminders for an hour</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Pause reminders for today</translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation>Open Supple</translation>
    </message>
    <message>
        <source>Quit Supple</source>
        <translation>Quit Supple</translation>
    </message>
    <message>
        <source>{name} (Space)</source>
        <translation>{name} (Space)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Restart step</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Mini view</source>
        <translation>Mini view</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
    <message>
        <source>{name} (M)</source>
        <translation>{name} (M)</translation>
    </message>
    <message>
        <source>active time</source>
        <translation>active time</translation>
    </message>
    <message>
        <source>steps done</source>
        <translation>steps done</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Again</source>
        <extracomment>Where the history feature puts the &quot;how do the calves feel&quot; rating.</extracomment>
        <translation>Again</translation>
    </message>
    <message>
        <source>Do the routine again</source>
        <translation>Do the routine again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done: back to the library</source>
        <translation>Done: back to the library</translation>
    </message>
    <message>
        <source>Supple mini player</source>
        <translation>Supple mini player</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Time left in this step</translation>
    </message>
    <message>
        <source>Back to the full player</source>
        <translation>Back to the full player</translation>
    </message>
    <message>
        <source>How do your calves feel now?</source>
        <translation>How do your calves feel now?</translation>
    </message>
    <message>
        <source>Calf pain now</source>
        <translation>Calf pain now</translation>
    </message>
    <message>
        <source>Calf tightness now</source>
        <translation>Calf tightness now</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Tightness</source>
        <translation>Tightness</translation>
    </message>
    <message>
        <source>Rate this session</source>
        <translation>Rate this session</translation>
    </message>
    <message>
        <source>How did your calves feel after it?</source>
        <translation>How did your calves feel after it?</translation>
    </message>
    <message>
        <source>Calf tightness or pain after the session</source>
        <translation>Calf tightness or pain after the session</translation>
    </message>
    <message>
        <source>A saved rating can be changed but not removed.</source>
        <translation>A saved rating can be changed but not removed.</translation>
    </message>
    <message>
        <source>A note for later (optional)</source>
        <translation>A note for later (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the file (Ctrl+S)</source>
        <translation>Save the file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Go back to the file as saved, Ctrl+Shift+R (Ctrl+Z brings yours back)</source>
        <translation>Go back to the file as saved, Ctrl+Shift+R (Ctrl+Z brings yours back)</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Reload theirs</translation>
    </message>
    <message>
        <source>Reload the file</source>
        <translation>Reload the file</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Compare both versions</source>
        <translation>Compare both versions</translation>
    </message>
    <message>
        <source>Restore them</source>
        <translation>Restore them</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restore unsaved changes</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Discard them</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Discard unsaved changes</translation>
    </message>
    <message>
        <source>{error}. Nothing here will be saved.</source>
        <translation>{error}. Nothing here will be saved.</translation>
    </message>
    <message>
        <source>You have unsaved changes to this routine from {when}, kept when the editor closed without saving.</source>
        <translation>You have unsaved changes to this routine from {when}, kept when the editor closed without saving.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>{mark}{name} — Supple</source>
        <translation>{mark}{name} — Supple</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n problem(s): this routine won&apos;t appear in the library until they are fixed.</source>
        <translation>
            <numerusform>Saved, with %n problem: this routine won&apos;t appear in the library until they are fixed.</numerusform>
            <numerusform>Saved, with %n problems: this routine won&apos;t appear in the library until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — {message}. Your text is still here and kept as a draft.</source>
        <translation>Not saved — {message}. Your text is still here and kept as a draft.</translation>
    </message>
    <message>
        <source>Not saved — {message}. Your text is still here.</source>
        <translation>Not saved — {message}. Your text is still here.</translation>
    </message>
    <message>
        <source>Reloaded: the file changed outside Supple</source>
        <translation>Reloaded: the file changed outside Supple</translation>
    </message>
    <message>
        <source>The file was deleted outside Supple. Save to create it again, or close this window to let it go.</source>
        <translation>The file was deleted outside Supple. Save to create it again, or close this window to let it go.</translation>
    </message>
    <message>
        <source>Keep mine (save recreates it)</source>
        <translation>Keep mine (save recreates it)</translation>
    </message>
    <message>
        <source>Keep mine (save overwrites)</source>
        <translation>Keep mine (save overwrites)</translation>
    </message>
    <message>
        <source>Not saved: the file was deleted outside Supple since you opened it. Which version do you want to keep?</source>
        <translation>Not saved: the file was deleted outside Supple since you opened it. Which version do you want to keep?</translation>
    </message>
    <message>
        <source>Not saved: the file was changed outside Supple since you opened it. Which version do you want to keep?</source>
        <translation>Not saved: the file was changed outside Supple since you opened it. Which version do you want to keep?</translation>
    </message>
    <message>
        <source>The file was deleted outside Supple while you have unsaved changes here.</source>
        <translation>The file was deleted outside Supple while you have unsaved changes here.</translation>
    </message>
    <message>
        <source>The file was changed outside Supple while you have unsaved changes here.</source>
        <translation>The file was changed outside Supple while you have unsaved changes here.</translation>
    </message>
    <message>
        <source>Reloaded the file from disk. Ctrl+Z brings your version back.</source>
        <translation>Reloaded the file from disk. Ctrl+Z brings your version back.</translation>
    </message>
    <message>
        <source>Keeping your version: it replaces the file when you save.</source>
        <translation>Keeping your version: it replaces the file when you save.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Saved. Check your history to see the trend.</source>
        <translation>Saved. Check your history to see the trend.</translation>
    </message>
    <message>
        <source>No rating this time.</source>
        <translation>No rating this time.</translation>
    </message>
    <message>
        <source>Rep and set</source>
        <translation>Rep and set</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Cue</translation>
    </message>
    <message>
        <source>Progress of this step</source>
        <translation>Progress of this step</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Time left in the routine</translation>
    </message>
    <message>
        <source>Progress of the routine</source>
        <translation>Progress of the routine</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Player</source>
        <extracomment>The user is done with this session (finish screen &quot;Done&quot;, or Esc when nothing runs). &quot;Again&quot; on the finish screen: the window starts the same routine anew. The mute control was used (the new state, a bool); the window owns the setting and tells the cue player. Switch to the small always-on-top view. Asked before Esc stops a session; replaced in tests.</extracomment>
        <translation>Player</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Stop the routine?</translation>
    </message>
    <message>
        <source>Stop now? The steps done so far are kept.</source>
        <translation>Stop now? The steps done so far are kept.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halfway</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Switch sides</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Get ready</translation>
    </message>
    <message>
        <source>Activity in the last 16 weeks</source>
        <translation>Activity in the last 16 weeks</translation>
    </message>
    <message numerus="yes">
        <source>{active} of the last %n day(s) had sessions</source>
        <translation>
            <numerusform>{active} of the last %n day had sessions</numerusform>
            <numerusform>{active} of the last %n days had sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <source>less</source>
        <translation>less</translation>
    </message>
    <message>
        <source>more</source>
        <translation>more</translation>
    </message>
    <message>
        <source>{when}: {sessions}, {minutes:.0f} min</source>
        <translation>{when}: {sessions}, {minutes:.0f} min</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: rest day</source>
        <translation>{when}: rest day</translation>
    </message>
    <message>
        <source>{when}: before your first session</source>
        <translation>{when}: before your first session</translation>
    </message>
    <message>
        <source>Calves: pain and tightness, rated apart</source>
        <translation>Calves: pain and tightness, rated apart</translation>
    </message>
    <message>
        <source>Calf pain during, after and the next morning, and tightness, 0 to 10; mixed ratings and runs marked</source>
        <translation>Calf pain during, after and the next morning, and tightness, 0 to 10; mixed ratings and runs marked</translation>
    </message>
    <message>
        <source>pain during</source>
        <translation>pain during</translation>
    </message>
    <message>
        <source>pain after</source>
        <translation>pain after</translation>
    </message>
    <message>
        <source>pain next morning</source>
        <translation>pain next morning</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>tightness</translation>
    </message>
    <message>
        <source>older mixed rating</source>
        <translation>older mixed rating</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>An older mixed rating is the one number for &quot;tightness or pain&quot; given before the two were rated apart: shown as it was, never as pain.</source>
        <translation>An older mixed rating is the one number for &quot;tightness or pain&quot; given before the two were rated apart: shown as it was, never as pain.</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; </source>
        <translation>&amp;nbsp;&amp;nbsp; </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>current streak</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Current streak</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>longest streak</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Longest streak</translation>
    </message>
    <message>
        <source>Sessions in all</source>
        <translation>Sessions in all</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>current streak · a routine today keeps it going</source>
        <translation>current streak · a routine today keeps it going</translation>
    </message>
    <message>
        <source>current streak · today is done</source>
        <translation>current streak · today is done</translation>
    </message>
    <message>
        <source>current streak · complete a routine to start one</source>
        <translation>current streak · complete a routine to start one</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message>
        <source>longest streak · until {date}</source>
        <translation>longest streak · until {date}</translation>
    </message>
    <message>
        <source>longest streak · it is the current one</source>
        <translation>longest streak · it is the current one</translation>
    </message>
    <message numerus="yes">
        <source>session(s)</source>
        <translation>
            <numerusform>session</numerusform>
            <numerusform>sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>in all · {minutes}</source>
        <translation>in all · {minutes}</translation>
    </message>
    <message>
        <source>in the last 7 days · {minutes}</source>
        <translation>in the last 7 days · {minutes}</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutes per week</translation>
    </message>
    <message>
        <source>Minutes per week by category, last 12 weeks</source>
        <translation>Minutes per week by category, last 12 weeks</translation>
    </message>
    <message>
        <source>Calf tightness and how often you stretched</source>
        <translation>Calf tightness and how often you stretched</translation>
    </message>
    <message>
        <source>Calf rating from 0 to 10 before and after the routines, over sessions per week</source>
        <translation>Calf rating from 0 to 10 before and after the routines, over sessions per week</translation>
    </message>
    <message>
        <source>sessions / week</source>
        <translation>sessions / week</translation>
    </message>
    <message>
        <source>before (7-day mean)</source>
        <translation>before (7-day mean)</translation>
    </message>
    <message>
        <source>after (7-day mean)</source>
        <translation>after (7-day mean)</translation>
    </message>
    <message>
        <source>Programme weeks</source>
        <translation>Programme weeks</translation>
    </message>
    <message>
        <source>Routines done of those planned, each week</source>
        <translation>Routines done of those planned, each week</translation>
    </message>
    <message>
        <source>No programme followed yet. Start one from Today to see, week by week, how much of it you kept.</source>
        <translation>No programme followed yet. Start one from Today to see, week by week, how much of it you kept.</translation>
    </message>
    <message>
        <source>Week {week}{current} · {week_dates}</source>
        <translation>Week {week}{current} · {week_dates}</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest day(s)</source>
        <translation>
            <numerusform>%n rest day</numerusform>
            <numerusform>%n rest days</numerusform>
        </translation>
    </message>
    <message>
        <source>Week {week}: {done} of {planned} done</source>
        <translation>Week {week}: {done} of {planned} done</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} of {planned}</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>Re&amp;port…</translation>
    </message>
    <message>
        <source>A progress report for a physiotherapist: preview, print or save as PDF</source>
        <translation>A progress report for a physiotherapist: preview, print or save as PDF</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>No sessions yet — your first routine will show up here.</source>
        <translation>No sessions yet — your first routine will show up here.</translation>
    </message>
    <message>
        <source>History · Supple</source>
        <translation>History · Supple</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Show sessions of routine</source>
        <translation>Show sessions of routine</translation>
    </message>
    <message>
        <source>Show sessions of category</source>
        <translation>Show sessions of category</translation>
    </message>
    <message>
        <source>Last 16 weeks</source>
        <translation>Last 16 weeks</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sessions, newest first</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Double-click or Enter to rate a session</source>
        <translation>Double-click or Enter to rate a session</translation>
    </message>
    <message>
        <source>Every routine you start is recorded here: your streaks, your minutes per week, and how your calves feel before and after.</source>
        <translation>Every routine you start is recorded here: your streaks, your minutes per week, and how your calves feel before and after.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{days} and {rest} in the last 16 weeks.</source>
        <translation>{days} and {rest} in the last 16 weeks.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with sessions</source>
        <translation>
            <numerusform>%n day with sessions</numerusform>
            <numerusform>%n days with sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>about the same</translation>
    </message>
    <message>
        <source>Calves after a routine: {first:.1f} in your first week, {last:.1f} in the last 7 days — {verdict}.</source>
        <translation>Calves after a routine: {first:.1f} in your first week, {last:.1f} in the last 7 days — {verdict}.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>The history could not be read.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>The slots whose time the runner may set (the enrolment keeps these two).</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Optional, e.g. Left Achilles, spring 2027</source>
        <translation>Optional, e.g. Left Achilles, spring 2027</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side that hurts</source>
        <translation>Side that hurts</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>Start on</translation>
    </message>
    <message>
        <source>No programmes found.</source>
        <translation>No programmes found.</translation>
    </message>
    <message>
        <source>{capitalize} routines at</source>
        <translation>{capitalize} routines at</translation>
    </message>
    <message>
        <source>How do your calves feel this morning?</source>
        <translation>How do your calves feel this morning?</translation>
    </message>
    <message>
        <source>Whether yesterday&apos;s pain settled overnight decides how the next session goes. </source>
        <translation>Whether yesterday&apos;s pain settled overnight decides how the next session goes. </translation>
    </message>
    <message>
        <source>Morning calf check</source>
        <translation>Morning calf check</translation>
    </message>
    <message>
        <source>How do your calves feel this morning, on the first steps?</source>
        <translation>How do your calves feel this morning, on the first steps?</translation>
    </message>
    <message>
        <source>Calf pain this morning</source>
        <translation>Calf pain this morning</translation>
    </message>
    <message>
        <source>Calf tightness this morning</source>
        <translation>Calf tightness this morning</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>The morning rating was not saved: {error}</source>
        <translation>The morning rating was not saved: {error}</translation>
    </message>
    <message>
        <source>Tightness (stiffness)</source>
        <translation>Tightness (stiffness)</translation>
    </message>
    <message>
        <source>Go on as planned</source>
        <extracomment>How each advice kind is headed in the view; the advice&apos;s own sentence follows.</extracomment>
        <translation>Go on as planned</translation>
    </message>
    <message>
        <source>Ease the next session</source>
        <translation>Ease the next session</translation>
    </message>
    <message>
        <source>You may step up</source>
        <translation>You may step up</translation>
    </message>
    <message>
        <source>Stop and see a professional</source>
        <translation>Stop and see a professional</translation>
    </message>
    <message>
        <source>✓ done</source>
        <extracomment>How each status of a due routine is shown.</extracomment>
        <translation>✓ done</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <source>The Today view&apos;s index could not be saved ({error}).</source>
        <translation>The Today view&apos;s index could not be saved ({error}).</translation>
    </message>
    <message>
        <source>Paused: nothing is due until you resume it.</source>
        <translation>Paused: nothing is due until you resume it.</translation>
    </message>
    <message>
        <source>Not under way today (it starts later, or it is over).</source>
        <translation>Not under way today (it starts later, or it is over).</translation>
    </message>
    <message>
        <source>Week {week} of {weeks}</source>
        <translation>Week {week} of {weeks}</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The routine on screen (under way, or its finish screen), if any. Where a step tried from the editor is recorded: a store of its own, in a temporary folder, so trying never counts in the history or the streaks. Where the routines folder is, shown when no file manager opened it. Asked before quitting during a routine; replaceable (tests answer without a dialog). Asked before quitting while part of the history is held in memory (what and why, or None if the history writer did not answer); replaceable.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Start a programme…</source>
        <translation>Start a programme…</translation>
    </message>
    <message>
        <source>Your rating this morning, above, will be taken into this advice.</source>
        <translation>Your rating this morning, above, will be taken into this advice.</translation>
    </message>
    <message>
        <source>Heel raises to fatigue and knee to wall, each leg apart</source>
        <translation>Heel raises to fatigue and knee to wall, each leg apart</translation>
    </message>
    <message>
        <source>Reading your programmes…</source>
        <translation>Reading your programmes…</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Today · {date}</translation>
    </message>
    <message>
        <source>The programme {programme!r} you follow is no longer among your programmes: put its file back, or finish it.</source>
        <translation>The programme {programme!r} you follow is no longer among your programmes: put its file back, or finish it.</translation>
    </message>
    <message>
        <source>No programme under way. A programme plans your routines over weeks and paces them by how your calves respond.</source>
        <translation>No programme under way. A programme plans your routines over weeks and paces them by how your calves respond.</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Start {title} · {slot} {time}</source>
        <translation>Start {title} · {slot} {time}</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>Nothing more due today. Next: {title}, {when} at {time}.</source>
        <translation>Nothing more due today. Next: {title}, {when} at {time}.</translation>
    </message>
    <message>
        <source>The advice above says to stop for now: start it only once a physiotherapist or doctor has said you may.</source>
        <translation>The advice above says to stop for now: start it only once a physiotherapist or doctor has said you may.</translation>
    </message>
    <message>
        <source>Today&apos;s load: {load}</source>
        <translation>Today&apos;s load: {load}</translation>
    </message>
    <message>
        <source>Nothing due today: a rest day in this programme.</source>
        <translation>Nothing due today: a rest day in this programme.</translation>
    </message>
    <message>
        <source>This week: {week_done} of {week_planned} done</source>
        <translation>This week: {week_done} of {week_planned} done</translation>
    </message>
    <message>
        <source>Missed in the last 7 days: {join}.</source>
        <translation>Missed in the last 7 days: {join}.</translation>
    </message>
    <message>
        <source>Calf care progress report</source>
        <translation>Calf care progress report</translation>
    </message>
    <message>
        <source>Progress report · Supple</source>
        <translation>Progress report · Supple</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>Every routine and programme in the period.</source>
        <translation>Every routine and programme in the period.</translation>
    </message>
    <message>
        <source>The routine chosen in the history window.</source>
        <translation>The routine chosen in the history window.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>The last day is before the first: choose the days again.</source>
        <translation>The last day is before the first: choose the days again.</translation>
    </message>
    <message>
        <source>The history could not be read: {error}</source>
        <translation>The history could not be read: {error}</translation>
    </message>
    <message>
        <source>Supple progress report</source>
        <translation>Supple progress report</translation>
    </message>
    <message>
        <source>Progress report · preview</source>
        <translation>Progress report · preview</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved in {path}: {error}</source>
        <translation>The report could not be saved in {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <source>Set your cadence in Settings: until then the beat is worked out from {default} steps a minute.</source>
        <extracomment>The cadences a setting may hold, in steps per minute (both feet counted). Wide enough for a slow jog and a sprint; with offsets of at most ±30 % every beat stays within 84–299 bpm, inside the format&apos;s 30–300. The cadence a relative metronome is worked out from while none is set: a middle value for recreational runners at an easy pace, not a target. What the app tells a runner whose drill used :data:`DEFAULT_CADENCE`.</extracomment>
        <translation>Set your cadence in Settings: until then the beat is worked out from {default} steps a minute.</translation>
    </message>
    <message>
        <source>{error} Until then, sessions are not recorded.</source>
        <translation>{error} Until then, sessions are not recorded.</translation>
    </message>
    <message>
        <source>The history could not be opened ({error}); this session is not recorded.</source>
        <translation>The history could not be opened ({error}); this session is not recorded.</translation>
    </message>
    <message>
        <source>Measure your cadence</source>
        <translation>Measure your cadence</translation>
    </message>
    <message>
        <source>Run in place or on a treadmill at your usual easy pace, and tap Space (or click the button) every time a foot lands, for {seconds:g} seconds.</source>
        <translation>Run in place or on a treadmill at your usual easy pace, and tap Space (or click the button) every time a foot lands, for {seconds:g} seconds.</translation>
    </message>
    <message>
        <source>Tap on every step</source>
        <translation>Tap on every step</translation>
    </message>
    <message>
        <source>Use this cadence</source>
        <translation>Use this cadence</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Tap on the first step to start.</source>
        <translation>Tap on the first step to start.</translation>
    </message>
    <message>
        <source>{len} taps · {left:.0f} s to go</source>
        <translation>{len} taps · {left:.0f} s to go</translation>
    </message>
    <message>
        <source>Too few taps to count: start again, and tap on every step.</source>
        <translation>Too few taps to count: start again, and tap on every step.</translation>
    </message>
    <message>
        <source>That is {measured} steps a minute, outside {low}–{high}: start again, and tap on every step (both feet).</source>
        <translation>That is {measured} steps a minute, outside {low}–{high}: start again, and tap on every step (both feet).</translation>
    </message>
    <message>
        <source>{measured} steps a minute: press Enter to use it</source>
        <translation>{measured} steps a minute: press Enter to use it</translation>
    </message>
    <message>
        <source>No routine called {routine_id!r} in the library.</source>
        <extracomment>Paused from the tray&apos;s menu; kept by the reminders (from :meth:`begin`) across restarts. Set by app.py: how a second start&apos;s request is answered.</extracomment>
        <translation>No routine called {routine_id!r} in the library.</translation>
    </message>
    <message>
        <source>The history cannot be opened, so the morning rating cannot be kept.</source>
        <translation>The history cannot be opened, so the morning rating cannot be kept.</translation>
    </message>
    <message>
        <source>{routine_id} (not in the library)</source>
        <translation>{routine_id} (not in the library)</translation>
    </message>
    <message>
        <source>Times, such as 07:30, 18:00</source>
        <translation>Times, such as 07:30, 18:00</translation>
    </message>
    <message>
        <source>On {label}</source>
        <translation>On {label}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{where}: times are written like 07:30 or 18:00, separated by commas (not {wrong!r})</source>
        <translation>{where}: times are written like 07:30 or 18:00, separated by commas (not {wrong!r})</translation>
    </message>
    <message>
        <source>{where}: times are written like 07:30 or 18:00, separated by commas</source>
        <translation>{where}: times are written like 07:30 or 18:00, separated by commas</translation>
    </message>
    <message>
        <source>{where}: choose at least one day</source>
        <translation>{where}: choose at least one day</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Remind me of what is due</source>
        <translation>Remind me of what is due</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Add a reminder</translation>
    </message>
    <message>
        <source>Quiet hours, from</source>
        <translation>Quiet hours, from</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Quiet hours from</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Quiet hours to</translation>
    </message>
    <message>
        <source>Ask how the calves feel in the morning, at</source>
        <translation>Ask how the calves feel in the morning, at</translation>
    </message>
    <message>
        <source>Morning rating at</source>
        <translation>Morning rating at</translation>
    </message>
    <message>
        <source>Your own reminders (the programme you follow reminds you of its sessions by itself):</source>
        <translation>Your own reminders (the programme you follow reminds you of its sessions by itself):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <source>Your session of {routine} ({when}) was interrupted: {done} of %n step(s) done.</source>
        <extracomment>The player was closed (Done on the finish screen, or Escape): back to the library. &quot;Again&quot; on the finish screen: the window starts :attr:`loaded` anew. The player&apos;s mute button; the window owns the settings. The clock has started: the sound was ready, or the bounded wait for it ran out.</extracomment>
        <translation>
            <numerusform>Your session of {routine} ({when}) was interrupted: {done} of %n step done.</numerusform>
            <numerusform>Your session of {routine} ({when}) was interrupted: {done} of %n steps done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Keep as it is</translation>
    </message>
    <message>
        <source>Start of each exercise</source>
        <translation>Start of each exercise</translation>
    </message>
    <message>
        <source>3-2-1 countdown</source>
        <translation>3-2-1 countdown</translation>
    </message>
    <message>
        <source>Rep tempo (up / down)</source>
        <translation>Rep tempo (up / down)</translation>
    </message>
    <message>
        <source>Metronome beat</source>
        <translation>Metronome beat</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Routine finished</translation>
    </message>
    <message>
        <source>Speak rep counts</source>
        <translation>Speak rep counts</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>Supple settings</source>
        <translation>Supple settings</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mute all sounds</source>
        <translation>Mute all sounds</translation>
    </message>
    <message>
        <source>Speak step names</source>
        <translation>Speak step names</translation>
    </message>
    <message>
        <source>Use each routine&apos;s own get-ready time</source>
        <translation>Use each routine&apos;s own get-ready time</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time in seconds</source>
        <translation>Get-ready time in seconds</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source> steps/min</source>
        <translation> steps/min</translation>
    </message>
    <message>
        <source>Your running cadence in steps per minute</source>
        <translation>Your running cadence in steps per minute</translation>
    </message>
    <message>
        <source>Measure…</source>
        <translation>Measure…</translation>
    </message>
    <message>
        <source>Measure your cadence by tapping along</source>
        <translation>Measure your cadence by tapping along</translation>
    </message>
    <message>
        <source>Steps a minute, both feet, at an easy pace. Cadence drills set their beat from it (until it is set, from {default}).</source>
        <translation>Steps a minute, both feet, at an easy pace. Cadence drills set their beat from it (until it is set, from {default}).</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Cues</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Start at login, in the tray</translation>
    </message>
    <message>
        <source>Closing the window then leaves Supple running in the tray. Where the desktop has no tray, the window opens at login instead.</source>
        <translation>Closing the window then leaves Supple running in the tray. Where the desktop has no tray, the window opens at login instead.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Reminders…</translation>
    </message>
    <message>
        <source>The login entry could not be written: {error}</source>
        <translation>The login entry could not be written: {error}</translation>
    </message>
    <message>
        <source>The login entry could not be removed: {error}</source>
        <translation>The login entry could not be removed: {error}</translation>
    </message>
    <message>
        <source>The morning rating could not be saved: {exc}</source>
        <extracomment>What the index said at start-up: whether Today opens first. Replaceable (tests fill the dialog in): the choice made, or None if cancelled. Replaceable: asked before finishing a programme.</extracomment>
        <translation>The morning rating could not be saved: {exc}</translation>
    </message>
    <message>
        <source>Nothing more is due today.</source>
        <translation>Nothing more is due today.</translation>
    </message>
    <message>
        <source>The routine {routine_id!r} that the programme asks for is not in your library.</source>
        <translation>The routine {routine_id!r} that the programme asks for is not in your library.</translation>
    </message>
    <message>
        <source>This week&apos;s changes do not fit {name}: {exc}</source>
        <translation>This week&apos;s changes do not fit {name}: {exc}</translation>
    </message>
    <message>
        <source>The history could not be opened, so programmes cannot be changed.</source>
        <translation>The history could not be opened, so programmes cannot be changed.</translation>
    </message>
    <message>
        <source>The programme could not be started: {error}</source>
        <translation>The programme could not be started: {error}</translation>
    </message>
    <message>
        <source>The programme could not be paused: {error}</source>
        <translation>The programme could not be paused: {error}</translation>
    </message>
    <message>
        <source>The programme could not be resumed: {error}</source>
        <translation>The programme could not be resumed: {error}</translation>
    </message>
    <message>
        <source>Finish this programme? It stays in your history; you can start it again later, from its first week.</source>
        <translation>Finish this programme? It stays in your history; you can start it again later, from its first week.</translation>
    </message>
    <message>
        <source>The programme could not be finished: {error}</source>
        <translation>The programme could not be finished: {error}</translation>
    </message>
    <message>
        <source>Switch to another programme</source>
        <translation>Switch to another programme</translation>
    </message>
    <message>
        <source>Finish the programme?</source>
        <translation>Finish the programme?</translation>
    </message>
    <message>
        <source>Part of your history could not be saved and is kept in memory only.</source>
        <translation>Part of your history could not be saved and is kept in memory only.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your history could not be saved and are kept in memory only.</source>
        <translation>
            <numerusform>%n change to your history could not be saved and is kept in memory only.</numerusform>
            <numerusform>%n changes to your history could not be saved and are kept in memory only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supple&apos;s history writer did not answer in time, so what stopped it is not known. Try again in a moment.</source>
        <translation>Supple&apos;s history writer did not answer in time, so what stopped it is not known. Try again in a moment.</translation>
    </message>
    <message>
        <source>The history file is {path}.</source>
        <translation>The history file is {path}.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>History not saved</translation>
    </message>
    <message>
        <source>{why} Or quit without saving, and these changes are lost.</source>
        <translation>{why} Or quit without saving, and these changes are lost.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The history could not be opened, so a calf test cannot be saved.</source>
        <extracomment>The screen open (or last opened), if any.</extracomment>
        <translation>The history could not be opened, so a calf test cannot be saved.</translation>
    </message>
    <message>
        <source>A routine is under way: finish or stop it before the calf test.</source>
        <translation>A routine is under way: finish or stop it before the calf test.</translation>
    </message>
    <message>
        <source>{title}, left and right leg, over the weeks</source>
        <translation>{title}, left and right leg, over the weeks</translation>
    </message>
    <message>
        <source>{side} leg</source>
        <translation>{side} leg</translation>
    </message>
    <message>
        <source>Calf test: heel raises to fatigue</source>
        <translation>Calf test: heel raises to fatigue</translation>
    </message>
    <message>
        <source>Calf test: knee to wall</source>
        <translation>Calf test: knee to wall</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>left leg</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>right leg</translation>
    </message>
    <message>
        <source>heel raises</source>
        <translation>heel raises</translation>
    </message>
    <message>
        <source>knee to wall</source>
        <translation>knee to wall</translation>
    </message>
    <message>
        <source>Latest, {date}</source>
        <translation>Latest, {date}</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>A stretching routine is running</source>
        <translation>A stretching routine is running</translation>
    </message>
    <message>
        <source>No calf ratings in this period</source>
        <translation>No calf ratings in this period</translation>
    </message>
    <message>
        <source>week starting (Monday)</source>
        <translation>week starting (Monday)</translation>
    </message>
    <message>
        <source>page {page} of {count}</source>
        <translation>page {page} of {count}</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>both sides</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>left side</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>right side</translation>
    </message>
    <message>
        <source>Compare: your version and the file on disk</source>
        <translation>Compare: your version and the file on disk</translation>
    </message>
    <message>
        <source>Problems in this routine</source>
        <translation>Problems in this routine</translation>
    </message>
    <message>
        <source>Click to go there</source>
        <translation>Click to go there</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems</source>
        <translation>✓ No problems</translation>
    </message>
    <message>
        <source>this cannot be empty</source>
        <translation>this cannot be empty</translation>
    </message>
    <message>
        <source>Ticked: on · empty: off · grey: as the routine&apos;s defaults or your settings say</source>
        <translation>Ticked: on · empty: off · grey: as the routine&apos;s defaults or your settings say</translation>
    </message>
    <message>
        <source>Ticked: on. Empty: off. Half-ticked: as the routine&apos;s defaults or the app&apos;s settings say.</source>
        <translation>Ticked: on. Empty: off. Half-ticked: as the routine&apos;s defaults or the app&apos;s settings say.</translation>
    </message>
    <message>
        <source>Routine: name, category, defaults…</source>
        <translation>Routine: name, category, defaults…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <translation>Add ▾</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Ctrl+N)</source>
        <translation>Add a step after the selected one (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Try this step</source>
        <translation>Try this step</translation>
    </message>
    <message>
        <source>Play just the selected step in the player</source>
        <translation>Play just the selected step in the player</translation>
    </message>
    <message>
        <source>(line {line})</source>
        <translation>(line {line})</translation>
    </message>
    <message>
        <source>The form can show this routine again once its text has no problems. Fix it in the YAML tab{where}{what}.</source>
        <translation>The form can show this routine again once its text has no problems. Fix it in the YAML tab{where}{what}.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>Search pictures, e.g. calf</source>
        <translation>Search pictures, e.g. calf</translation>
    </message>
    <message>
        <source>Search pictures</source>
        <translation>Search pictures</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <source>Use a picture of my own…</source>
        <translation>Use a picture of my own…</translation>
    </message>
    <message>
        <source>An SVG file; it is copied beside the routine</source>
        <translation>An SVG file; it is copied beside the routine</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>A picture of your own</source>
        <translation>A picture of your own</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG pictures (*.svg)</translation>
    </message>
    <message>
        <source>Not used: {exc}</source>
        <translation>Not used: {exc}</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <extracomment>Asks for a picture: the current file name (or None) in, the chosen one out; &quot;&quot; for no picture, None when the runner changed their mind.</extracomment>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>Time: hold for a while</source>
        <translation>Time: hold for a while</translation>
    </message>
    <message>
        <source>Reps: count them</source>
        <translation>Reps: count them</translation>
    </message>
    <message>
        <source>Tempo {phase}</source>
        <translation>Tempo {phase}</translation>
    </message>
    <message>
        <source>Seconds for each part of a rep, in order; leave empty the parts this exercise does not have.</source>
        <translation>Seconds for each part of a rep, in order; leave empty the parts this exercise does not have.</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Sides</translation>
    </message>
    <message>
        <source>One side (or both at once)</source>
        <translation>One side (or both at once)</translation>
    </message>
    <message>
        <source>Each side: left, then right</source>
        <translation>Each side: left, then right</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, then </translation>
    </message>
    <message>
        <source>Each side: {sides}</source>
        <translation>Each side: {sides}</translation>
    </message>
    <message>
        <source>Its steps are the rows inside it in the list: drag steps in and out, or use Into block (Ctrl+]) and Out of block (Ctrl+[).</source>
        <translation>Its steps are the rows inside it in the list: drag steps in and out, or use Into block (Ctrl+]) and Out of block (Ctrl+[).</translation>
    </message>
    <message>
        <source>Routine text (YAML)</source>
        <extracomment>A routine of just the step selected in the form, to play (main_window connects it).</extracomment>
        <translation>Routine text (YAML)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Dismiss this message</translation>
    </message>
    <message>
        <source>Insert exercise</source>
        <translation>Insert exercise</translation>
    </message>
    <message>
        <source>Insert exercise ▾</source>
        <translation>Insert exercise ▾</translation>
    </message>
    <message>
        <source>Add a new step at the end of steps: (Ctrl+I)</source>
        <translation>Add a new step at the end of steps: (Ctrl+I)</translation>
    </message>
    <message>
        <source>{key} or {other}: next pane</source>
        <translation>{key} or {other}: next pane</translation>
    </message>
    <message>
        <source>Tab indents the text. {next} or {next2} moves between the text, the problems and the preview; {back} or {back2} moves back.</source>
        <translation>Tab indents the text. {next} or {next2} moves between the text, the problems and the preview; {back} or {back2} moves back.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>The routine as a form: its steps, and each step&apos;s fields</source>
        <translation>The routine as a form: its steps, and each step&apos;s fields</translation>
    </message>
    <message>
        <source>The file itself, for those who like YAML</source>
        <translation>The file itself, for those who like YAML</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Next pane</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Previous pane</translation>
    </message>
    <message>
        <source>steps is written on one line ([...]), so there is no clean place to add a step. Write it as a list of &apos;- &apos; lines, or add the step by hand.</source>
        <translation>steps is written on one line ([...]), so there is no clean place to add a step. Write it as a list of &apos;- &apos; lines, or add the step by hand.</translation>
    </message>
    <message>
        <source>Save your changes to {name}?</source>
        <translation>Save your changes to {name}?</translation>
    </message>
    <message>
        <source>If you don&apos;t, they are lost.</source>
        <translation>If you don&apos;t, they are lost.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>From {source}</translation>
    </message>
    <message>
        <source>{category} · {duration} in all · {exercises}</source>
        <translation>{category} · {duration} in all · {exercises}</translation>
    </message>
    <message numerus="yes">
        <source>With %n picture(s) of its own: {names}</source>
        <translation>
            <numerusform>With %n picture of its own: {names}</numerusform>
            <numerusform>With %n pictures of its own: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps of the routine to import</source>
        <translation>Steps of the routine to import</translation>
    </message>
    <message>
        <source>Nothing is added until you choose Add to my routines.</source>
        <translation>Nothing is added until you choose Add to my routines.</translation>
    </message>
    <message>
        <source>Add to my routines</source>
        <translation>Add to my routines</translation>
    </message>
    <message>
        <source>Shared routines (*.yaml *.yml *.zip)</source>
        <translation>Shared routines (*.yaml *.yml *.zip)</translation>
    </message>
    <message>
        <source>Exported {name} to {target}{with_pictures}.</source>
        <extracomment>Where to export to (a suggested path in, the chosen one out; None: cancelled). Which shared file to import (None: cancelled). The routine shown before it is added, and its pictures&apos; folder; True: add it. A clash explained; True: add it under a new name, False: cancel. A title and a plain reason: the file could not be exported or imported.</extracomment>
        <translation>Exported {name} to {target}{with_pictures}.</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Export routine</translation>
    </message>
    <message>
        <source>Routine with its pictures (*.zip)</source>
        <translation>Routine with its pictures (*.zip)</translation>
    </message>
    <message>
        <source>Routine (*.yaml)</source>
        <translation>Routine (*.yaml)</translation>
    </message>
    <message>
        <source>Imported {name}{renamed}: {file}.</source>
        <translation>Imported {name}{renamed}: {file}.</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Import routine</translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation>Name taken</translation>
    </message>
    <message>
        <source>Add under a new name</source>
        <translation>Add under a new name</translation>
    </message>
</context>
</TS>
