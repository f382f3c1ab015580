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
        <source>go on</source>
        <translation>go on</translation>
    </message>
    <message>
        <source>ease</source>
        <translation>ease</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>see a professional</source>
        <translation>see a professional</translation>
    </message>
    <message>
        <source>Single-leg heel raises to fatigue</source>
        <translation>Single-leg heel raises to fatigue</translation>
    </message>
    <message>
        <source>raises</source>
        <translation>raises</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period: no sessions, ratings, runs or calf tests.</source>
        <translation>Nothing was recorded in this period: no sessions, ratings, runs or calf tests.</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No sessions in this period.</translation>
    </message>
    <message>
        <source>No calf ratings in this period.</source>
        <translation>No calf ratings in this period.</translation>
    </message>
    <message>
        <source>No pain ratings in this period: only ratings from before pain and tightness were rated apart (one &quot;tightness or pain&quot; number, shown as a mixed rating).</source>
        <translation>No pain ratings in this period: only ratings from before pain and tightness were rated apart (one &quot;tightness or pain&quot; number, shown as a mixed rating).</translation>
    </message>
    <message>
        <source>No calf tests in this period.</source>
        <translation>No calf tests in this period.</translation>
    </message>
    <message>
        <source>No programme was followed in this period, so nothing was planned: the sessions are those the runner chose.</source>
        <translation>No programme was followed in this period, so nothing was planned: the sessions are those the runner chose.</translation>
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
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message numerus="yes">
        <source>%n raise(s)</source>
        <translation>
            <numerusform>%n raise</numerusform>
            <numerusform>%n raises</numerusform>
        </translation>
    </message>
    <message>
        <source>{side}: {raises}</source>
        <translation>{side}: {raises}</translation>
    </message>
    <message>
        <source>{side}: {raises}, knee to wall {cm} cm</source>
        <translation>{side}: {raises}, knee to wall {cm} cm</translation>
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
        <source>cannot be read: {why}</source>
        <translation>cannot be read: {why}</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Exercise picture</translation>
    </message>
    <message>
        <source>start following a programme</source>
        <translation>start following a programme</translation>
    </message>
    <message>
        <source>a programme id or name</source>
        <translation>a programme id or name</translation>
    </message>
    <message>
        <source>the first day (YYYY-MM-DD, today, tomorrow; default: today)</source>
        <translation>the first day (YYYY-MM-DD, today, tomorrow; default: today)</translation>
    </message>
    <message>
        <source>a name of your own for it</source>
        <translation>a name of your own for it</translation>
    </message>
    <message>
        <source>the calf that hurts: left, right or both</source>
        <translation>the calf that hurts: left, right or both</translation>
    </message>
    <message>
        <source>for the Achilles programmes, where it hurts: mid-portion or insertion (default: the programme&apos;s first answer)</source>
        <translation>for the Achilles programmes, where it hurts: mid-portion or insertion (default: the programme&apos;s first answer)</translation>
    </message>
    <message>
        <source>switch: finish the programmes under way (kept in the history)</source>
        <translation>switch: finish the programmes under way (kept in the history)</translation>
    </message>
    <message>
        <source>what is due today, the week, the advice</source>
        <translation>what is due today, the week, the advice</translation>
    </message>
    <message>
        <source>as on another day (default: today)</source>
        <translation>as on another day (default: today)</translation>
    </message>
    <message>
        <source>pause a programme: nothing is due until it is resumed</source>
        <translation>pause a programme: nothing is due until it is resumed</translation>
    </message>
    <message>
        <source>resume a programme: due again from today (or --date)</source>
        <translation>resume a programme: due again from today (or --date)</translation>
    </message>
    <message>
        <source>finish a programme: stop following it; it stays in the history</source>
        <translation>finish a programme: stop following it; it stays in the history</translation>
    </message>
    <message>
        <source>which one, when several are under way</source>
        <translation>which one, when several are under way</translation>
    </message>
    <message>
        <source>from that day (default: today)</source>
        <translation>from that day (default: today)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>supple: no programme called {name} (known: {ids}); see `supple programme list`</source>
        <translation>supple: no programme called {name} (known: {ids}); see `supple programme list`</translation>
    </message>
    <message>
        <source>supple: {programme} does not ask where it hurts; leave out --where</source>
        <translation>supple: {programme} does not ask where it hurts; leave out --where</translation>
    </message>
    <message>
        <source>supple: you are already following {programme} (since {day}, {state}). To start it afresh, finish it first: supple programme finish {id}</source>
        <translation>supple: you are already following {programme} (since {day}, {state}). To start it afresh, finish it first: supple programme finish {id}</translation>
    </message>
    <message>
        <source>supple: you are already following {programme} (since {day}, started by another supple just now)</source>
        <translation>supple: you are already following {programme} (since {day}, started by another supple just now)</translation>
    </message>
    <message>
        <source>Started {programme} on {day}; its last day is {last}.</source>
        <translation>Started {programme} on {day}; its last day is {last}.</translation>
    </message>
    <message>
        <source>Side: {side}.</source>
        <translation>Side: {side}.</translation>
    </message>
    <message>
        <source>{question} {answer} (the default; give --where to choose).</source>
        <translation>{question} {answer} (the default; give --where to choose).</translation>
    </message>
    <message>
        <source>Finished {programme}, which you had followed since {day}; it stays in the history.</source>
        <translation>Finished {programme}, which you had followed since {day}; it stays in the history.</translation>
    </message>
    <message>
        <source>{programme} (since {day}, {state})</source>
        <translation>{programme} (since {day}, {state})</translation>
    </message>
    <message>
        <source>You are also following {programmes}. Both are kept: their routines are due side by side. To switch instead, finish the other with `supple programme finish {id}`, or start with --instead.</source>
        <translation>You are also following {programmes}. Both are kept: their routines are due side by side. To switch instead, finish the other with `supple programme finish {id}`, or start with --instead.</translation>
    </message>
    <message>
        <source>First due: {routine}, {day} at {time}.</source>
        <translation>First due: {routine}, {day} at {time}.</translation>
    </message>
    <message>
        <source>Nothing of it is due yet: its routines follow your runs (add them with `supple runs add`).</source>
        <translation>Nothing of it is due yet: its routines follow your runs (add them with `supple runs add`).</translation>
    </message>
    <message>
        <source>supple: you started the programme {name} on {day}, but it is not installed any more; finish it with `supple programme finish {id}`</source>
        <translation>supple: you started the programme {name} on {day}, but it is not installed any more; finish it with `supple programme finish {id}`</translation>
    </message>
    <message>
        <source>You are not following a programme. Start one with `supple programme start PROGRAMME` (see `supple programme list`).</source>
        <translation>You are not following a programme. Start one with `supple programme start PROGRAMME` (see `supple programme list`).</translation>
    </message>
    <message>
        <source>Advice: {advice}</source>
        <translation>Advice: {advice}</translation>
    </message>
    <message>
        <source>Paused since {day}: nothing is due until you resume it (supple programme resume {id}).</source>
        <translation>Paused since {day}: nothing is due until you resume it (supple programme resume {id}).</translation>
    </message>
    <message>
        <source>Starts on {day}.</source>
        <translation>Starts on {day}.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n week(s) ended on {day}: finish it with `supple programme finish {id}`.</source>
        <translation>
            <numerusform>Its %n week ended on {day}: finish it with `supple programme finish {id}`.</numerusform>
            <numerusform>Its %n weeks ended on {day}: finish it with `supple programme finish {id}`.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week {week} of {weeks}: {phase} (started {day}).</source>
        <translation>Week {week} of {weeks}: {phase} (started {day}).</translation>
    </message>
    <message>
        <source>Week {week} of {weeks} (started {day}).</source>
        <translation>Week {week} of {weeks} (started {day}).</translation>
    </message>
    <message>
        <source>Today, {day}:</source>
        <translation>Today, {day}:</translation>
    </message>
    <message>
        <source>load: {load}</source>
        <translation>load: {load}</translation>
    </message>
    <message>
        <source>Nothing is due today, {day}: a rest day.</source>
        <translation>Nothing is due today, {day}: a rest day.</translation>
    </message>
    <message>
        <source>Next due: {routine} at {time} (supple run --due).</source>
        <translation>Next due: {routine} at {time} (supple run --due).</translation>
    </message>
    <message>
        <source>Next due: {routine}, {day} at {time}.</source>
        <translation>Next due: {routine}, {day} at {time}.</translation>
    </message>
    <message>
        <source>This week: {done} done of {planned} planned</source>
        <translation>This week: {done} done of {planned} planned</translation>
    </message>
    <message>
        <source>, {missed} missed</source>
        <translation>, {missed} missed</translation>
    </message>
    <message>
        <source>So far: {done} of {total} done ({percent} %)</source>
        <translation>So far: {done} of {total} done ({percent} %)</translation>
    </message>
    <message>
        <source>, {stopped} stopped early</source>
        <translation>, {stopped} stopped early</translation>
    </message>
    <message>
        <source>supple: you are not following a programme called {name} (under way: {ids})</source>
        <translation>supple: you are not following a programme called {name} (under way: {ids})</translation>
    </message>
    <message>
        <source>supple: {programme} is {state}; it cannot be paused</source>
        <translation>supple: {programme} is {state}; it cannot be paused</translation>
    </message>
    <message>
        <source>supple: {programme} is {state}; it cannot be resumed</source>
        <translation>supple: {programme} is {state}; it cannot be resumed</translation>
    </message>
    <message>
        <source>supple: {programme} is {state}; it cannot be finished</source>
        <translation>supple: {programme} is {state}; it cannot be finished</translation>
    </message>
    <message>
        <source>supple: {programme} is paused already</source>
        <translation>supple: {programme} is paused already</translation>
    </message>
    <message>
        <source>supple: {programme} is not paused: it is under way</source>
        <translation>supple: {programme} is not paused: it is under way</translation>
    </message>
    <message>
        <source>supple: no programme is under way to pause</source>
        <translation>supple: no programme is under way to pause</translation>
    </message>
    <message>
        <source>supple: no programme is paused to resume</source>
        <translation>supple: no programme is paused to resume</translation>
    </message>
    <message>
        <source>supple: no programme is under way to finish</source>
        <translation>supple: no programme is under way to finish</translation>
    </message>
    <message>
        <source>{id}  ({programme}, since {day})</source>
        <translation>{id}  ({programme}, since {day})</translation>
    </message>
    <message numerus="yes">
        <source>supple: you are following %n programme(s); say which to pause:</source>
        <translation>
            <numerusform>supple: you are following %n programme; say which to pause:</numerusform>
            <numerusform>supple: you are following %n programmes; say which to pause:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>supple: you are following %n programme(s); say which to resume:</source>
        <translation>
            <numerusform>supple: you are following %n programme; say which to resume:</numerusform>
            <numerusform>supple: you are following %n programmes; say which to resume:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>supple: you are following %n programme(s); say which to finish:</source>
        <translation>
            <numerusform>supple: you are following %n programme; say which to finish:</numerusform>
            <numerusform>supple: you are following %n programmes; say which to finish:</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused {programme} from {day}: nothing of it is due until you resume it (supple programme resume {id}).</source>
        <translation>Paused {programme} from {day}: nothing of it is due until you resume it (supple programme resume {id}).</translation>
    </message>
    <message>
        <source>Resumed {programme}: due again from {day}.</source>
        <translation>Resumed {programme}: due again from {day}.</translation>
    </message>
    <message>
        <source>Finished {programme} on {day}. It stays in the history; start a programme again with `supple programme start PROGRAMME`.</source>
        <translation>Finished {programme} on {day}. It stays in the history; start a programme again with `supple programme start PROGRAMME`.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>{done} of {total} · {skipped} skipped</source>
        <translation>{done} of {total} · {skipped} skipped</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
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
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>{done}/{total} ({skipped} skipped)</source>
        <translation>{done}/{total} ({skipped} skipped)</translation>
    </message>
    <message>
        <source>(no sessions yet)</source>
        <translation>(no sessions yet)</translation>
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
        <source>{routine}, {slot} (week {week})</source>
        <translation>{routine}, {slot} (week {week})</translation>
    </message>
    <message>
        <source>{routine}, {slot} (week {week}, {day})</source>
        <translation>{routine}, {slot} (week {week}, {day})</translation>
    </message>
    <message>
        <source>{time} {routine}, {status}</source>
        <translation>{time} {routine}, {status}</translation>
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
        <source>A guided stretching and warm-up timer. With no command, opens the window.</source>
        <translation>A guided stretching and warm-up timer. With no command, opens the window.</translation>
    </message>
    <message>
        <source>keep everything Supple writes under DIR (also: SUPPLE_DATA_DIR)</source>
        <translation>keep everything Supple writes under DIR (also: SUPPLE_DATA_DIR)</translation>
    </message>
    <message>
        <source>start in the tray, without the window (when the desktop has one)</source>
        <translation>start in the tray, without the window (when the desktop has one)</translation>
    </message>
    <message>
        <source>list routines with category, steps and duration</source>
        <translation>list routines with category, steps and duration</translation>
    </message>
    <message>
        <source>print a routine&apos;s expanded plan with times</source>
        <translation>print a routine&apos;s expanded plan with times</translation>
    </message>
    <message>
        <source>a routine id, name, or YAML file</source>
        <translation>a routine id, name, or YAML file</translation>
    </message>
    <message>
        <source>check routine files; exit 1 if any is invalid</source>
        <translation>check routine files; exit 1 if any is invalid</translation>
    </message>
    <message>
        <source>check every routine in the library (errors and warnings, such as two files with one id); exit 1 if any has an error</source>
        <translation>check every routine in the library (errors and warnings, such as two files with one id); exit 1 if any has an error</translation>
    </message>
    <message>
        <source>print the routine format&apos;s JSON Schema</source>
        <translation>print the routine format&apos;s JSON Schema</translation>
    </message>
    <message>
        <source>the programme format&apos;s JSON Schema instead</source>
        <translation>the programme format&apos;s JSON Schema instead</translation>
    </message>
    <message>
        <source>open the player and start a routine</source>
        <translation>open the player and start a routine</translation>
    </message>
    <message>
        <source>the routine due next in the programmes you follow, as this week prescribes it</source>
        <translation>the routine due next in the programmes you follow, as this week prescribes it</translation>
    </message>
    <message>
        <source>print or export the history of sessions</source>
        <translation>print or export the history of sessions</translation>
    </message>
    <message>
        <source>export every session as CSV</source>
        <translation>export every session as CSV</translation>
    </message>
    <message>
        <source>export every session as JSON</source>
        <translation>export every session as JSON</translation>
    </message>
    <message>
        <source>import a JSON export (sessions already present are skipped)</source>
        <translation>import a JSON export (sessions already present are skipped)</translation>
    </message>
    <message>
        <source>add Supple to this user&apos;s application menu (launcher, icons, metainfo under $XDG_DATA_HOME)</source>
        <translation>add Supple to this user&apos;s application menu (launcher, icons, metainfo under $XDG_DATA_HOME)</translation>
    </message>
    <message>
        <source>remove what install-desktop added</source>
        <translation>remove what install-desktop added</translation>
    </message>
    <message>
        <source>run: give a ROUTINE or --due, not both</source>
        <translation>run: give a ROUTINE or --due, not both</translation>
    </message>
    <message>
        <source>run: give a ROUTINE, or --due for what your programme has due</source>
        <translation>run: give a ROUTINE, or --due for what your programme has due</translation>
    </message>
    <message>
        <source>supple: internal error: {kind}: {error}</source>
        <translation>supple: internal error: {kind}: {error}</translation>
    </message>
    <message>
        <source>supple: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it on a desktop, or use the commands: supple --help</source>
        <translation>supple: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it on a desktop, or use the commands: supple --help</translation>
    </message>
    <message numerus="yes">
        <source>supple: %n routines are called {name}; give the id of the one you mean:
{listed}</source>
        <translation>
            <numerusform>supple: %n routine is called {name}; give the id of the one you mean:
{listed}</numerusform>
            <numerusform>supple: %n routines are called {name}; give the id of the one you mean:
{listed}</numerusform>
        </translation>
    </message>
    <message>
        <source>supple: no routine called {name} (known: {ids})</source>
        <translation>supple: no routine called {name} (known: {ids})</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>EXERCISES</source>
        <translation>EXERCISES</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>{routines} ready; {errors}, {warnings}</source>
        <translation>{routines} ready; {errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>get ready</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>switch</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message>
        <source>metronome</source>
        <translation>metronome</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>hold</translation>
    </message>
    <message>
        <source>set {set}/{sets}</source>
        <translation>set {set}/{sets}</translation>
    </message>
    <message>
        <source>round {round}/{rounds}</source>
        <translation>round {round}/{rounds}</translation>
    </message>
    <message>
        <source>{bpm} bpm</source>
        <translation>{bpm} bpm</translation>
    </message>
    <message>
        <source>{phase} {seconds}s</source>
        <translation>{phase} {seconds}s</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep</translation>
    </message>
    <message>
        <source>{file}: ok</source>
        <translation>{file}: ok</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Search routines and exercises</source>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What it is for, in a sentence</source>
        <translation>What it is for, in a sentence</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>calves, achilles (commas between)</source>
        <translation>calves, achilles (commas between)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where the advice comes from</source>
        <translation>Where the advice comes from</translation>
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
        <source>Write this routine to a file to share it</source>
        <translation>Write this routine to a file to share it</translation>
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
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <source>{category} · {duration} · {exercises} · {origin}</source>
        <translation>{category} · {duration} · {exercises} · {origin}</translation>
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
        <translation>Supple</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>the toolbar&apos;s name</comment>
        <translation>Main</translation>
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
        <source>{file} is not UTF-8 text (byte {position}); open it in a text editor and save it as UTF-8 first</source>
        <translation>{file} is not UTF-8 text (byte {position}); open it in a text editor and save it as UTF-8 first</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>cannot read {file}: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the text holds a character that cannot be saved ({reason})</source>
        <translation>the text holds a character that cannot be saved ({reason})</translation>
    </message>
    <message>
        <source>cannot check {file} before saving: {reason}</source>
        <translation>cannot check {file} before saving: {reason}</translation>
    </message>
    <message>
        <source>could not save {file}: {reason}</source>
        <translation>could not save {file}: {reason}</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>My routine</translation>
    </message>
    <message>
        <source># Your own copy of a built-in routine: it replaces the built-in one in
# the library. Delete this file to go back to the built-in version.
</source>
        <comment>YAML comment lines: keep the # that starts each line, and the line ends</comment>
        <translation># Your own copy of a built-in routine: it replaces the built-in one in
# the library. Delete this file to go back to the built-in version.
</translation>
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
        <source>Done</source>
        <comment>spoken when the routine is over</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Switch sides: {side}</source>
        <translation>Switch sides: {side}</translation>
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
        <source>UP</source>
        <translation>UP</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HOLD</translation>
    </message>
    <message>
        <source>PAUSE</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>FORWARD</source>
        <translation>FORWARD</translation>
    </message>
    <message>
        <source>BACK</source>
        <translation>BACK</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>{bpm} steps a minute</source>
        <translation>{bpm} steps a minute</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} left</translation>
    </message>
    <message>
        <source>Get ready: {step}</source>
        <translation>Get ready: {step}</translation>
    </message>
    <message>
        <source>Switch sides → {side}</source>
        <translation>Switch sides → {side}</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Switch sides</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Next: finish</translation>
    </message>
    <message>
        <source>Next: {step} · set {set} of {sets}</source>
        <translation>Next: {step} · set {set} of {sets}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Next: {step}</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>set {set} of {sets}</translation>
    </message>
    <message>
        <source>The computer slept. Space to resume</source>
        <translation>The computer slept. Space to resume</translation>
    </message>
    <message>
        <source>Space to resume · Esc to stop</source>
        <translation>Space to resume · Esc to stop</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Space to start</source>
        <translation>Space to start</translation>
    </message>
    <message numerus="yes">
        <source>of %n step(s) done</source>
        <translation>
            <numerusform>of %n step done</numerusform>
            <numerusform>of %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Stopped early</translation>
    </message>
    <message>
        <source>Every step skipped</source>
        <translation>Every step skipped</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Well done</translation>
    </message>
    <message>
        <source>this file is written for format {found}, and this Supple reads format {version}: a newer Supple may read it</source>
        <translation>this file is written for format {found}, and this Supple reads format {version}: a newer Supple may read it</translation>
    </message>
    <message>
        <source>must be the number {version}, not text: write supple: {version} without quotes</source>
        <translation>must be the number {version}, not text: write supple: {version} without quotes</translation>
    </message>
    <message>
        <source>must be the number {version} (the format version), not {found}</source>
        <translation>must be the number {version} (the format version), not {found}</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>must be longer than zero</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>a line break</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>a tab</translation>
    </message>
    <message>
        <source>an escape character (ESC)</source>
        <translation>an escape character (ESC)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>a NUL character</translation>
    </message>
    <message>
        <source>a bell character (BEL)</source>
        <translation>a bell character (BEL)</translation>
    </message>
    <message>
        <source>a vertical tab</source>
        <translation>a vertical tab</translation>
    </message>
    <message>
        <source>a next-line character (NEL)</source>
        <translation>a next-line character (NEL)</translation>
    </message>
    <message>
        <source>a line separator</source>
        <translation>a line separator</translation>
    </message>
    <message>
        <source>a paragraph separator</source>
        <translation>a paragraph separator</translation>
    </message>
    <message>
        <source>a direction override ({code})</source>
        <translation>a direction override ({code})</translation>
    </message>
    <message>
        <source>a control character ({code})</source>
        <translation>a control character ({code})</translation>
    </message>
    <message>
        <source>{character} at character {position}</source>
        <translation>{character} at character {position}</translation>
    </message>
    <message>
        <source>must be one line of plain text; it holds {character}</source>
        <translation>must be one line of plain text; it holds {character}</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>must not be blank</translation>
    </message>
    <message>
        <source>must be plain text; it holds {character}</source>
        <translation>must be plain text; it holds {character}</translation>
    </message>
    <message>
        <source>a picture is a file name, not a web address: put the picture beside the routine file and give its name, e.g. my-stretch.svg</source>
        <translation>a picture is a file name, not a web address: put the picture beside the routine file and give its name, e.g. my-stretch.svg</translation>
    </message>
    <message>
        <source>a picture is a file name, not a path: put the picture beside the routine file (or use a built-in one) and give just its name, e.g. calf-raise.svg</source>
        <translation>a picture is a file name, not a path: put the picture beside the routine file (or use a built-in one) and give just its name, e.g. calf-raise.svg</translation>
    </message>
    <message>
        <source>expected beats per minute (e.g. 176) or a change to your cadence (e.g. +5%), not true/false</source>
        <translation>expected beats per minute (e.g. 176) or a change to your cadence (e.g. +5%), not true/false</translation>
    </message>
    <message>
        <source>must be between 30 and 300 beats per minute, got {value} (for your own cadence, write 0%)</source>
        <translation>must be between 30 and 300 beats per minute, got {value} (for your own cadence, write 0%)</translation>
    </message>
    <message>
        <source>must be between 30 and 300 beats per minute, got {value} (for {percent} % faster than your cadence, write {offset}%)</source>
        <translation>must be between 30 and 300 beats per minute, got {value} (for {percent} % faster than your cadence, write {offset}%)</translation>
    </message>
    <message>
        <source>must be between 30 and 300 beats per minute, got {value} (for {percent} % slower than your cadence, write {offset}%)</source>
        <translation>must be between 30 and 300 beats per minute, got {value} (for {percent} % slower than your cadence, write {offset}%)</translation>
    </message>
    <message>
        <source>must be between 30 and 300 beats per minute, got {value}</source>
        <translation>must be between 30 and 300 beats per minute, got {value}</translation>
    </message>
    <message>
        <source>expected beats per minute (e.g. 176) or a change to your cadence (e.g. +5%), got {kind}</source>
        <translation>expected beats per minute (e.g. 176) or a change to your cadence (e.g. +5%), got {kind}</translation>
    </message>
    <message>
        <source>give either hold (a duration) or reps (a count), not both</source>
        <translation>give either hold (a duration) or reps (a count), not both</translation>
    </message>
    <message>
        <source>give hold (a duration) or reps (a count): it has neither</source>
        <translation>give hold (a duration) or reps (a count): it has neither</translation>
    </message>
    <message>
        <source>tempo only applies to reps</source>
        <translation>tempo only applies to reps</translation>
    </message>
    <message>
        <source>tempo needs at least one phase, e.g. {up: 1s, down: 3s}</source>
        <translation>tempo needs at least one phase, e.g. {up: 1s, down: 3s}</translation>
    </message>
    <message>
        <source>a metronome needs a hold duration, e.g. hold: 30s</source>
        <translation>a metronome needs a hold duration, e.g. hold: 30s</translation>
    </message>
    <message>
        <source>sides must be different from each other</source>
        <translation>sides must be different from each other</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>the routine expands to {segments} segments, {cues} cues and {hours} h (at most {most_segments} segments, {most_cues} cues and {most_hours} h): use fewer sets, rounds, reps or beats</source>
        <translation>the routine expands to {segments} segments, {cues} cues and {hours} h (at most {most_segments} segments, {most_cues} cues and {most_hours} h): use fewer sets, rounds, reps or beats</translation>
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
        <source>0 = none</source>
        <translation>0 = none</translation>
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
        <source>minutes</source>
        <comment>a chart axis</comment>
        <translation>minutes</translation>
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
        <source>calves (0 = fine)</source>
        <translation>calves (0 = fine)</translation>
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
    <message>
        <source>mid-portion Achilles pain</source>
        <translation>mid-portion Achilles pain</translation>
    </message>
    <message>
        <source>insertion Achilles pain</source>
        <translation>insertion Achilles pain</translation>
    </message>
    <message>
        <source>load up</source>
        <translation>load up</translation>
    </message>
    <message>
        <source>load down</source>
        <translation>load down</translation>
    </message>
    <message>
        <source>load changed</source>
        <translation>load changed</translation>
    </message>
    <message>
        <source>{first} to {last} ({days})</source>
        <translation>{first} to {last} ({days})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>{location} Achilles pain</source>
        <translation>{location} Achilles pain</translation>
    </message>
    <message>
        <source>{programme}, from {day} ({state})</source>
        <translation>{programme}, from {day} ({state})</translation>
    </message>
    <message>
        <source>{programme}: {complaint}</source>
        <translation>{programme}: {complaint}</translation>
    </message>
    <message>
        <source>{done} of {planned} ({percent} %)</source>
        <translation>{done} of {planned} ({percent} %)</translation>
    </message>
    <message>
        <source>Planned sessions done: {share}.</source>
        <translation>Planned sessions done: {share}.</translation>
    </message>
    <message>
        <source>Sessions: {sessions}, of which {completed} completed and {stopped} stopped early or interrupted; {skipped} skipped.</source>
        <translation>Sessions: {sessions}, of which {completed} completed and {stopped} stopped early or interrupted; {skipped} skipped.</translation>
    </message>
    <message>
        <source>Active days in the last 30 ({first} to {last}): {days} of 30.</source>
        <translation>Active days in the last 30 ({first} to {last}): {days} of 30.</translation>
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
        <source>{runs} on {days} ({minutes} min, {km} km); {rest} (no session, no run).</source>
        <translation>{runs} on {days} ({minutes} min, {km} km); {rest} (no session, no run).</translation>
    </message>
    <message>
        <source>{runs} on {days} ({minutes} min); {rest} (no session, no run).</source>
        <translation>{runs} on {days} ({minutes} min); {rest} (no session, no run).</translation>
    </message>
    <message>
        <source>Left: {first} → {last} {unit}</source>
        <translation>Left: {first} → {last} {unit}</translation>
    </message>
    <message>
        <source>Right: {first} → {last} {unit}</source>
        <translation>Right: {first} → {last} {unit}</translation>
    </message>
    <message>
        <source>{advice} on {days}</source>
        <translation>{advice} on {days}</translation>
    </message>
    <message>
        <source>On the {days} rated, the rules said: {advice}.</source>
        <translation>On the {days} rated, the rules said: {advice}.</translation>
    </message>
    <message>
        <source>{routine} ({about})</source>
        <translation>{routine} ({about})</translation>
    </message>
    <message>
        <source>How often: {how_often}</source>
        <translation>How often: {how_often}</translation>
    </message>
    <message>
        <source>(the routine&apos;s file is no longer in the library: its exercises are unknown)</source>
        <translation>(the routine&apos;s file is no longer in the library: its exercises are unknown)</translation>
    </message>
    <message>
        <source>{exercise}: {dose}; load: {load}</source>
        <translation>{exercise}: {dose}; load: {load}</translation>
    </message>
    <message>
        <source>{exercise}: {dose}</source>
        <translation>{exercise}: {dose}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <source>Runner: {name}</source>
        <translation>Runner: {name}</translation>
    </message>
    <message>
        <source>Programme: {programme}</source>
        <translation>Programme: {programme}</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Nothing was prescribed or done in this period.</source>
        <translation>Nothing was prescribed or done in this period.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherence</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>Prog. week</source>
        <translation>Prog. week</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a column: how many were done</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Stopped early or interrupted:</source>
        <translation>Stopped early or interrupted:</translation>
    </message>
    <message>
        <source>{day}  {routine}: {outcome} after {done} of {steps}, {skipped} skipped</source>
        <translation>{day}  {routine}: {outcome} after {done} of {steps}, {skipped} skipped</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Calf ratings (0–10)</source>
        <translation>Calf ratings (0–10)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>7-day avg</source>
        <translation>7-day avg</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) from before pain and tightness were rated apart are shown as what they were: one mixed &quot;tightness or pain&quot; number, never counted as pain.</source>
        <translation>
            <numerusform>%n rating from before pain and tightness were rated apart is shown as what it was: one mixed &quot;tightness or pain&quot; number, never counted as pain.</numerusform>
            <numerusform>%n ratings from before pain and tightness were rated apart are shown as what they were: one mixed &quot;tightness or pain&quot; number, never counted as pain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs and rest days</source>
        <translation>Runs and rest days</translation>
    </message>
    <message>
        <source>{minutes} min, {km} km, calves {feel}/10</source>
        <translation>{minutes} min, {km} km, calves {feel}/10</translation>
    </message>
    <message>
        <source>{minutes} min, {km} km</source>
        <translation>{minutes} min, {km} km</translation>
    </message>
    <message>
        <source>{minutes} min, calves {feel}/10</source>
        <translation>{minutes} min, calves {feel}/10</translation>
    </message>
    <message>
        <source>Advice from the pain-monitoring rules, and load changes</source>
        <translation>Advice from the pain-monitoring rules, and load changes</translation>
    </message>
    <message>
        <source>No advice was given (no ratings) and the load did not change.</source>
        <translation>No advice was given (no ratings) and the load did not change.</translation>
    </message>
    <message>
        <source>{advice}: {text}</source>
        <translation>{advice}: {text}</translation>
    </message>
    <message>
        <source>{routine}, week {week}: {load}, {before} → {after}</source>
        <translation>{routine}, week {week}: {load}, {before} → {after}</translation>
    </message>
    <message>
        <source>Calf tests, left against right</source>
        <translation>Calf tests, left against right</translation>
    </message>
    <message>
        <source>{test} ({unit}):</source>
        <translation>{test} ({unit}):</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>none in this period</translation>
    </message>
    <message>
        <source>Made by Supple on {day}.</source>
        <translation>Made by Supple on {day}.</translation>
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
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
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
        <source>Start a programme</source>
        <translation>Start a programme</translation>
    </message>
    <message>
        <source>Programme</source>
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
        <source>Made by Supple on {day} from the runner&apos;s own records. Supple gives no diagnosis; the pain rules&apos; advice follows the pain-monitoring model (Silbernagel et al. 2007).</source>
        <translation>Made by Supple on {day} from the runner&apos;s own records. Supple gives no diagnosis; the pain rules&apos; advice follows the pain-monitoring model (Silbernagel et al. 2007).</translation>
    </message>
    <message>
        <source>Runner: {runner}</source>
        <translation>Runner: {runner}</translation>
    </message>
    <message>
        <source>The routine&apos;s file is no longer in the library: its exercises are unknown.</source>
        <translation>The routine&apos;s file is no longer in the library: its exercises are unknown.</translation>
    </message>
    <message>
        <source>As done</source>
        <translation>As done</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Sessions done</translation>
    </message>
    <message>
        <source>Skipped in</source>
        <translation>Skipped in</translation>
    </message>
    <message>
        <source>Stopped early or interrupted</source>
        <translation>Stopped early or interrupted</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Steps done</translation>
    </message>
    <message>
        <source>The runner&apos;s notes</source>
        <translation>The runner&apos;s notes</translation>
    </message>
    <message>
        <source>Calf ratings, runs and rest days</source>
        <translation>Calf ratings, runs and rest days</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) from before pain and tightness were rated apart are shown as what they were: one mixed &quot;tightness or pain&quot; number (crosses), never counted as pain.</source>
        <translation>
            <numerusform>%n rating from before pain and tightness were rated apart is shown as what it was: one mixed &quot;tightness or pain&quot; number (a cross), never counted as pain.</numerusform>
            <numerusform>%n ratings from before pain and tightness were rated apart are shown as what they were: one mixed &quot;tightness or pain&quot; number (crosses), never counted as pain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Next morning</translation>
    </message>
    <message>
        <source>Days rated</source>
        <translation>Days rated</translation>
    </message>
    <message>
        <source>{summary} Listed: each day the advice changed.</source>
        <translation>{summary} Listed: each day the advice changed.</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>No advice was given: no pain was rated.</source>
        <translation>No advice was given: no pain was rated.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>The load did not change in this period.</source>
        <translation>The load did not change in this period.</translation>
    </message>
    <message>
        <source>{test}: none in this period.</source>
        <translation>{test}: none in this period.</translation>
    </message>
    <message>
        <source>the page device could not be painted on</source>
        <translation>the page device could not be painted on</translation>
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
        <source>Switch…</source>
        <translation>Switch…</translation>
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
        <translation>Set your cadence in Settings: until then the beat is worked out from {default} steps a minute.</translation>
    </message>
    <message>
        <source>a change to your cadence needs a sign: write +{change} for faster or -{change} for slower</source>
        <translation>a change to your cadence needs a sign: write +{change} for faster or -{change} for slower</translation>
    </message>
    <message>
        <source>must be beats per minute (a whole number such as 176) or a change to your cadence such as +5% or -5%, not {given}</source>
        <translation>must be beats per minute (a whole number such as 176) or a change to your cadence such as +5% or -5%, not {given}</translation>
    </message>
    <message>
        <source>a change to your cadence must be within ±{limit} %, got {change} %</source>
        <translation>a change to your cadence must be within ±{limit} %, got {change} %</translation>
    </message>
    <message>
        <source>expected a whole number of steps per minute, got {value}</source>
        <translation>expected a whole number of steps per minute, got {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} steps per minute, got {value}</source>
        <translation>must be between {low} and {high} steps per minute, got {value}</translation>
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
        <source>{where}: choose a routine</source>
        <translation>{where}: choose a routine</translation>
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
    <message>
        <source>Reminder {number}</source>
        <translation>Reminder {number}</translation>
    </message>
    <message numerus="yes">
        <source>Your session of {routine} ({when}) was interrupted: {done} of %n step(s) done.</source>
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
        <source>next morning</source>
        <translation>next morning</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-day average</translation>
    </message>
    <message>
        <source>mixed (tightness or pain)</source>
        <translation>mixed (tightness or pain)</translation>
    </message>
    <message>
        <source>pain (0–10)</source>
        <translation>pain (0–10)</translation>
    </message>
    <message>
        <source>No calf ratings in this period</source>
        <translation>No calf ratings in this period</translation>
    </message>
    <message>
        <source>runs ({count})</source>
        <translation>runs ({count})</translation>
    </message>
    <message>
        <source>rest days ({count})</source>
        <translation>rest days ({count})</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
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
        <source>{value} is not a date: give it as YYYY-MM-DD (e.g. 2026-12-02), or today, yesterday or tomorrow</source>
        <translation>{value} is not a date: give it as YYYY-MM-DD (e.g. 2026-12-02), or today, yesterday or tomorrow</translation>
    </message>
    <message>
        <source>{value} is too far from today: give a date from {first} to {last}</source>
        <translation>{value} is too far from today: give a date from {first} to {last}</translation>
    </message>
    <message>
        <source>{value} is not a whole number from 0 to 10</source>
        <translation>{value} is not a whole number from 0 to 10</translation>
    </message>
    <message>
        <source>more than 0</source>
        <translation>more than 0</translation>
    </message>
    <message>
        <source>{value} is not a number of minutes ({low} to {high})</source>
        <translation>{value} is not a number of minutes ({low} to {high})</translation>
    </message>
    <message>
        <source>{value} is not a number of kilometres ({low} to {high})</source>
        <translation>{value} is not a number of kilometres ({low} to {high})</translation>
    </message>
    <message>
        <source>{value} is not a side: left, right or both</source>
        <translation>{value} is not a side: left, right or both</translation>
    </message>
    <message>
        <source>{value} is not where it hurts: mid-portion or insertion</source>
        <translation>{value} is not where it hurts: mid-portion or insertion</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>right side</translation>
    </message>
    <message>
        <source>mid-portion</source>
        <translation>mid-portion</translation>
    </message>
    <message>
        <source>insertion</source>
        <translation>insertion</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>The two versions are the same.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ ({changed} changed in both, {only_here} in one version only).</source>
        <translation>
            <numerusform>%n line differs ({changed} changed in both, {only_here} in one version only).</numerusform>
            <numerusform>%n lines differ ({changed} changed in both, {only_here} in one version only).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare: your version and the file on disk</source>
        <translation>Compare: your version and the file on disk</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Yours (not saved)</translation>
    </message>
    <message>
        <source>On disk (theirs)</source>
        <translation>On disk (theirs)</translation>
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
        <source>Tempo beats</source>
        <translation>Tempo beats</translation>
    </message>
    <message>
        <source>Metronome</source>
        <translation>Metronome</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Say the reps</source>
        <translation>Say the reps</translation>
    </message>
    <message>
        <source>this cannot be empty</source>
        <translation>this cannot be empty</translation>
    </message>
    <message>
        <source>e.g. 30s, 1m30s</source>
        <translation>e.g. 30s, 1m30s</translation>
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
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Into block</source>
        <translation>Into block</translation>
    </message>
    <message>
        <source>Out of block</source>
        <translation>Out of block</translation>
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
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Move ▾</source>
        <translation>Move ▾</translation>
    </message>
    <message>
        <source>Move the selected step up, down, into or out of a block (Alt+Up, Alt+Down, Ctrl+], Ctrl+[)</source>
        <translation>Move the selected step up, down, into or out of a block (Alt+Up, Alt+Down, Ctrl+], Ctrl+[)</translation>
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
        <source>Try: {step}</source>
        <translation>Try: {step}</translation>
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
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Voice says</source>
        <translation>Voice says</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>What to do, in a sentence or two</source>
        <translation>What to do, in a sentence or two</translation>
    </message>
    <message>
        <source>One tip a line</source>
        <translation>One tip a line</translation>
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
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>176 (beats a minute) or +5% (your cadence)</source>
        <translation>176 (beats a minute) or +5% (your cadence)</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Rest between sets</translation>
    </message>
    <message>
        <source>as the routine&apos;s defaults</source>
        <translation>as the routine&apos;s defaults</translation>
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
        <source>Rest for</source>
        <translation>Rest for</translation>
    </message>
    <message>
        <source>e.g. Circuit</source>
        <translation>e.g. Circuit</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Rest between rounds</source>
        <translation>Rest between rounds</translation>
    </message>
    <message>
        <source>Its steps are the rows inside it in the list: drag steps in and out, or use Into block (Ctrl+]) and Out of block (Ctrl+[).</source>
        <translation>Its steps are the rows inside it in the list: drag steps in and out, or use Into block (Ctrl+]) and Out of block (Ctrl+[).</translation>
    </message>
    <message>
        <source>Routine text (YAML)</source>
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
        <source>Redo</source>
        <translation>Redo</translation>
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
        <source>{next} or {previous}: the next or previous tab</source>
        <translation>{next} or {previous}: the next or previous tab</translation>
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
        <source>Next tab</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Previous tab</translation>
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
        <source>The routine as it will run (beside the form in a wider window)</source>
        <translation>The routine as it will run (beside the form in a wider window)</translation>
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
        <source>{routine} was not exported</source>
        <translation>{routine} was not exported</translation>
    </message>
    <message>
        <source>{file} could not be read: {why}</source>
        <translation>{file} could not be read: {why}</translation>
    </message>
    <message>
        <source>{file} could not be written: {why}; nothing was written</source>
        <translation>{file} could not be written: {why}; nothing was written</translation>
    </message>
    <message>
        <source>Exported {name} to {target} with {pictures}.</source>
        <translation>Exported {name} to {target} with {pictures}.</translation>
    </message>
    <message>
        <source>Exported {name} to {target}.</source>
        <translation>Exported {name} to {target}.</translation>
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
        <source>{file} was not imported</source>
        <translation>{file} was not imported</translation>
    </message>
    <message>
        <source>{problems}

Nothing was added to your routines.</source>
        <translation>{problems}

Nothing was added to your routines.</translation>
    </message>
    <message>
        <source>Imported {name} as {new_name} (the name {taken} was taken): {file}.</source>
        <translation>Imported {name} as {new_name} (the name {taken} was taken): {file}.</translation>
    </message>
    <message>
        <source>Imported {name}: {file}.</source>
        <translation>Imported {name}: {file}.</translation>
    </message>
    <message>
        <source>{why}; nothing was added. Try again.</source>
        <translation>{why}; nothing was added. Try again.</translation>
    </message>
    <message>
        <source>It could not be added to {folder}: {why}; nothing was added.</source>
        <translation>It could not be added to {folder}: {why}; nothing was added.</translation>
    </message>
    <message>
        <source>{reason}.

Add {name} under a new name (such as &quot;{name} (2)&quot;), or cancel and add nothing? Nothing is ever replaced.</source>
        <translation>{reason}.

Add {name} under a new name (such as &quot;{name} (2)&quot;), or cancel and add nothing? Nothing is ever replaced.</translation>
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
    <message>
        <source>{value} is not a whole number of heel raises (0 to {most})</source>
        <translation>{value} is not a whole number of heel raises (0 to {most})</translation>
    </message>
    <message>
        <source>{value} is not a knee-to-wall distance in centimetres (0 to {most})</source>
        <translation>{value} is not a knee-to-wall distance in centimetres (0 to {most})</translation>
    </message>
    <message>
        <source>record a calf test (each leg), list them</source>
        <translation>record a calf test (each leg), list them</translation>
    </message>
    <message>
        <source>record a calf test, left and right leg</source>
        <translation>record a calf test, left and right leg</translation>
    </message>
    <message>
        <source>single-leg heel raises to fatigue, left leg</source>
        <translation>single-leg heel raises to fatigue, left leg</translation>
    </message>
    <message>
        <source>single-leg heel raises to fatigue, right leg</source>
        <translation>single-leg heel raises to fatigue, right leg</translation>
    </message>
    <message>
        <source>knee to wall, left leg, in cm (to the half cm)</source>
        <translation>knee to wall, left leg, in cm (to the half cm)</translation>
    </message>
    <message>
        <source>knee to wall, right leg, in cm</source>
        <translation>knee to wall, right leg, in cm</translation>
    </message>
    <message>
        <source>the day of the test (YYYY-MM-DD, today, yesterday; default: today)</source>
        <translation>the day of the test (YYYY-MM-DD, today, yesterday; default: today)</translation>
    </message>
    <message>
        <source>list the calf tests, each leg apart</source>
        <translation>list the calf tests, each leg apart</translation>
    </message>
    <message numerus="yes">
        <source>%n heel raise(s)</source>
        <translation>
            <numerusform>%n heel raise</numerusform>
            <numerusform>%n heel raises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n heel raise(s), knee to wall {cm} cm</source>
        <translation>
            <numerusform>%n heel raise, knee to wall {cm} cm</numerusform>
            <numerusform>%n heel raises, knee to wall {cm} cm</numerusform>
        </translation>
    </message>
    <message>
        <source>the calf test</source>
        <translation>the calf test</translation>
    </message>
    <message>
        <source>Recorded the calf test of {day}: left {left}; right {right}.</source>
        <translation>Recorded the calf test of {day}: left {left}; right {right}.</translation>
    </message>
    <message>
        <source>No calf tests yet. Do one from the window (Calf test…), or record one with `supple calf-test add --left-raises N --right-raises N`.</source>
        <translation>No calf tests yet. Do one from the window (Calf test…), or record one with `supple calf-test add --left-raises N --right-raises N`.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>LEFT RAISES</source>
        <translation>LEFT RAISES</translation>
    </message>
    <message>
        <source>RIGHT RAISES</source>
        <translation>RIGHT RAISES</translation>
    </message>
    <message>
        <source>LEFT KNEE-WALL CM</source>
        <translation>LEFT KNEE-WALL CM</translation>
    </message>
    <message>
        <source>RIGHT KNEE-WALL CM</source>
        <translation>RIGHT KNEE-WALL CM</translation>
    </message>
    <message numerus="yes">
        <source>%n calf test(s).</source>
        <translation>
            <numerusform>%n calf test.</numerusform>
            <numerusform>%n calf tests.</numerusform>
        </translation>
    </message>
    <message>
        <source>supple: the desktop files could not be installed: {why}</source>
        <translation>supple: the desktop files could not be installed: {why}</translation>
    </message>
    <message>
        <source>Installed Supple&apos;s launcher, icons and metainfo under {folder}</source>
        <translation>Installed Supple&apos;s launcher, icons and metainfo under {folder}</translation>
    </message>
    <message>
        <source>The launcher starts: {command}</source>
        <translation>The launcher starts: {command}</translation>
    </message>
    <message>
        <source>supple: the desktop files could not be removed: {why}</source>
        <translation>supple: the desktop files could not be removed: {why}</translation>
    </message>
    <message>
        <source>Removed Supple&apos;s launcher, icons and metainfo from {folder}</source>
        <translation>Removed Supple&apos;s launcher, icons and metainfo from {folder}</translation>
    </message>
    <message>
        <source>Nothing to remove: Supple&apos;s desktop files are not under {folder}</source>
        <translation>Nothing to remove: Supple&apos;s desktop files are not under {folder}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>supple: nothing is due: you are not following a programme (start one with `supple programme start PROGRAMME`)</source>
        <translation>supple: nothing is due: you are not following a programme (start one with `supple programme start PROGRAMME`)</translation>
    </message>
    <message>
        <source>supple: nothing is due: the programmes you follow have nothing more planned (see `supple programme status`)</source>
        <translation>supple: nothing is due: the programmes you follow have nothing more planned (see `supple programme status`)</translation>
    </message>
    <message>
        <source>supple: nothing is due today: today&apos;s routines are done or none was planned. Next: {routine}, {when}. To do it now anyway: supple run {routine}</source>
        <translation>supple: nothing is due today: today&apos;s routines are done or none was planned. Next: {routine}, {when}. To do it now anyway: supple run {routine}</translation>
    </message>
    <message>
        <source>supple: {programme} asks for the routine {routine}, which is not installed</source>
        <translation>supple: {programme} asks for the routine {routine}, which is not installed</translation>
    </message>
    <message>
        <source>supple: week {week} of {programme} does not fit {routine}: {why}</source>
        <translation>supple: week {week} of {programme} does not fit {routine}: {why}</translation>
    </message>
    <message>
        <source>Due now: {routine} ({programme}, week {week}, {slot} at {time}).</source>
        <translation>Due now: {routine} ({programme}, week {week}, {slot} at {time}).</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>not a regular file (a pipe or a device?)</source>
        <translation>not a regular file (a pipe or a device?)</translation>
    </message>
    <message>
        <source>the history file {file} was written by a newer version of Supple; it was left as it is. Update Supple (or use --data-dir with another folder).</source>
        <translation>the history file {file} was written by a newer version of Supple; it was left as it is. Update Supple (or use --data-dir with another folder).</translation>
    </message>
    <message>
        <source>{file} is {what}, not Supple&apos;s history file, so there is no history to read or write. Move or rename it, then run this command again.</source>
        <translation>{file} is {what}, not Supple&apos;s history file, so there is no history to read or write. Move or rename it, then run this command again.</translation>
    </message>
    <message>
        <source>the history file {file} is in use by another program (Supple&apos;s window or another supple command) and stayed locked. Wait for it to finish, or close it, then run this command again.</source>
        <translation>the history file {file} is in use by another program (Supple&apos;s window or another supple command) and stayed locked. Wait for it to finish, or close it, then run this command again.</translation>
    </message>
    <message>
        <source>the history file {file} is damaged, and its folder cannot be written, so it cannot be repaired there. Copy the folder somewhere you can write to and run `supple --data-dir COPY history`: the copy is repaired and what can still be read is kept.</source>
        <translation>the history file {file} is damaged, and its folder cannot be written, so it cannot be repaired there. Copy the folder somewhere you can write to and run `supple --data-dir COPY history`: the copy is repaired and what can still be read is kept.</translation>
    </message>
    <message>
        <source>the history file {file} is damaged, and it cannot be repaired while another program has it open. Close Supple&apos;s window and any other supple command, then run `supple history`: it sets the damaged file aside (never deleting it) and keeps every session that can still be read.</source>
        <translation>the history file {file} is damaged, and it cannot be repaired while another program has it open. Close Supple&apos;s window and any other supple command, then run `supple history`: it sets the damaged file aside (never deleting it) and keeps every session that can still be read.</translation>
    </message>
    <message>
        <source>the history in {folder} cannot be written: the folder (or its disk) is read-only. Reading the history still works; to change it, make the folder writable, or use --data-dir with a writable copy.</source>
        <translation>the history in {folder} cannot be written: the folder (or its disk) is read-only. Reading the history still works; to change it, make the folder writable, or use --data-dir with a writable copy.</translation>
    </message>
    <message>
        <source>the history file {file} cannot be written: the disk may be full or failing ({why}). Free some space (or check the disk), then run this command again.</source>
        <translation>the history file {file} cannot be written: the disk may be full or failing ({why}). Free some space (or check the disk), then run this command again.</translation>
    </message>
    <message>
        <source>cannot use {folder} as Supple&apos;s data folder: a file of that name is in the way. Move it, or choose another folder with --data-dir.</source>
        <translation>cannot use {folder} as Supple&apos;s data folder: a file of that name is in the way. Move it, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {why}. Free some space on the disk, then run this command again.</source>
        <translation>cannot create the data folder {folder}: {why}. Free some space on the disk, then run this command again.</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {why}. Choose a folder you can write to with --data-dir (or SUPPLE_DATA_DIR).</source>
        <translation>cannot create the data folder {folder}: {why}. Choose a folder you can write to with --data-dir (or SUPPLE_DATA_DIR).</translation>
    </message>
    <message>
        <source>supple: cannot import {file}: {why}</source>
        <translation>supple: cannot import {file}: {why}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n session(s), skipped {skipped} already present</source>
        <translation>
            <numerusform>imported %n session, skipped {skipped} already present</numerusform>
            <numerusform>imported %n sessions, skipped {skipped} already present</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet. Start one with `supple` or `supple run ROUTINE`.</source>
        <translation>No sessions yet. Start one with `supple` or `supple run ROUTINE`.</translation>
    </message>
    <message>
        <source>supple: {what} was not saved. {problem} {remedy}</source>
        <translation>supple: {what} was not saved. {problem} {remedy}</translation>
    </message>
    <message>
        <source>list and show programmes; start one, see what is due (status), pause, resume, finish</source>
        <translation>list and show programmes; start one, see what is due (status), pause, resume, finish</translation>
    </message>
    <message>
        <source>list the programmes with their length and routines</source>
        <translation>list the programmes with their length and routines</translation>
    </message>
    <message>
        <source>print what a programme prescribes week by week</source>
        <translation>print what a programme prescribes week by week</translation>
    </message>
    <message>
        <source>a programme id, name, or YAML file</source>
        <translation>a programme id, name, or YAML file</translation>
    </message>
    <message>
        <source>WEEKS</source>
        <translation>WEEKS</translation>
    </message>
    <message>
        <source>ROUTINES</source>
        <translation>ROUTINES</translation>
    </message>
    <message>
        <source>supple: no programme called {name} (known: {ids})</source>
        <translation>supple: no programme called {name} (known: {ids})</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phases:</translation>
    </message>
    <message>
        <source>Asked when you start: {question}</source>
        <translation>Asked when you start: {question}</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <source>; {routine} becomes {other}</source>
        <translation>; {routine} becomes {other}</translation>
    </message>
    <message>
        <source>week {week}</source>
        <translation>week {week}</translation>
    </message>
    <message>
        <source>weeks {first}-{last}</source>
        <translation>weeks {first}-{last}</translation>
    </message>
    <message>
        <source>as the routine is written</source>
        <translation>as the routine is written</translation>
    </message>
    <message>
        <source> (routine not found)</source>
        <translation> (routine not found)</translation>
    </message>
    <message>
        <source> (does not fit the routine: {why})</source>
        <translation> (does not fit the routine: {why})</translation>
    </message>
    <message>
        <source>record how the calves feel this morning</source>
        <translation>record how the calves feel this morning</translation>
    </message>
    <message>
        <source>pain on waking, 0 (none) to 10 (worst imaginable)</source>
        <translation>pain on waking, 0 (none) to 10 (worst imaginable)</translation>
    </message>
    <message>
        <source>stiffness on waking, 0 to 10</source>
        <translation>stiffness on waking, 0 to 10</translation>
    </message>
    <message>
        <source>where: left, right or both</source>
        <translation>where: left, right or both</translation>
    </message>
    <message>
        <source>which morning (default: today)</source>
        <translation>which morning (default: today)</translation>
    </message>
    <message>
        <source>the morning rating</source>
        <translation>the morning rating</translation>
    </message>
    <message>
        <source>pain {score}/10</source>
        <translation>pain {score}/10</translation>
    </message>
    <message>
        <source>tightness {score}/10</source>
        <translation>tightness {score}/10</translation>
    </message>
    <message>
        <source>Recorded the morning of {day}: {rating}.</source>
        <translation>Recorded the morning of {day}: {rating}.</translation>
    </message>
    <message>
        <source>write a progress report for a physiotherapist (PDF, text or CSV)</source>
        <translation>write a progress report for a physiotherapist (PDF, text or CSV)</translation>
    </message>
    <message>
        <source>A progress report over a period: the prescription, how well it was kept, the calf ratings and the change in pain, runs, rest days, the advice given and the calf tests.</source>
        <translation>A progress report over a period: the prescription, how well it was kept, the calf ratings and the change in pain, runs, rest days, the advice given and the calf tests.</translation>
    </message>
    <message numerus="yes">
        <source>first day (YYYY-MM-DD; default: %n day(s) before --to)</source>
        <translation>
            <numerusform>first day (YYYY-MM-DD; default: %n day before --to)</numerusform>
            <numerusform>first day (YYYY-MM-DD; default: %n days before --to)</numerusform>
        </translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD; default: today)</source>
        <translation>last day (YYYY-MM-DD; default: today)</translation>
    </message>
    <message>
        <source>only these routines (ids or names)</source>
        <translation>only these routines (ids or names)</translation>
    </message>
    <message>
        <source>only this programme and its routines (id or name)</source>
        <translation>only this programme and its routines (id or name)</translation>
    </message>
    <message>
        <source>paper size of the PDF (default: a4)</source>
        <translation>paper size of the PDF (default: a4)</translation>
    </message>
    <message>
        <source>pdf, text or csv (default: from the file&apos;s suffix, else pdf)</source>
        <translation>pdf, text or csv (default: from the file&apos;s suffix, else pdf)</translation>
    </message>
    <message>
        <source>the file to write; - writes text or CSV to the terminal</source>
        <translation>the file to write; - writes text or CSV to the terminal</translation>
    </message>
    <message>
        <source>supple: a PDF is written to a file: give one with -o FILE</source>
        <translation>supple: a PDF is written to a file: give one with -o FILE</translation>
    </message>
    <message>
        <source>supple: the period ends ({last}) before it starts ({first})</source>
        <translation>supple: the period ends ({last}) before it starts ({first})</translation>
    </message>
    <message>
        <source>supple: {why}</source>
        <translation>supple: {why}</translation>
    </message>
    <message>
        <source>supple: a PDF is drawn with Qt (PySide6), which cannot be imported here; --format text or --format csv need no Qt</source>
        <translation>supple: a PDF is drawn with Qt (PySide6), which cannot be imported here; --format text or --format csv need no Qt</translation>
    </message>
    <message>
        <source>supple: cannot write {file}: {why}</source>
        <translation>supple: cannot write {file}: {why}</translation>
    </message>
    <message>
        <source>wrote {file} ({format}, {first} to {last})</source>
        <translation>wrote {file} ({format}, {first} to {last})</translation>
    </message>
    <message>
        <source>record runs, import them from a watch, list them</source>
        <translation>record runs, import them from a watch, list them</translation>
    </message>
    <message>
        <source>record a run by hand</source>
        <translation>record a run by hand</translation>
    </message>
    <message>
        <source>the day of the run (YYYY-MM-DD, today, yesterday; default: today)</source>
        <translation>the day of the run (YYYY-MM-DD, today, yesterday; default: today)</translation>
    </message>
    <message>
        <source>how long it took, in minutes</source>
        <translation>how long it took, in minutes</translation>
    </message>
    <message>
        <source>how far, in kilometres</source>
        <translation>how far, in kilometres</translation>
    </message>
    <message>
        <source>how the calves felt, 0 (fine) to 10 (worst)</source>
        <translation>how the calves felt, 0 (fine) to 10 (worst)</translation>
    </message>
    <message>
        <source>import runs from GPX, TCX or FIT files</source>
        <translation>import runs from GPX, TCX or FIT files</translation>
    </message>
    <message>
        <source>list the runs recorded</source>
        <translation>list the runs recorded</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>calves {score}/10</source>
        <translation>calves {score}/10</translation>
    </message>
    <message>
        <source>Added a run: {run}.</source>
        <translation>Added a run: {run}.</translation>
    </message>
    <message numerus="yes">
        <source>supple: nothing was imported: %n file(s) could not be read (above). Fix or leave out what is named, then run the command again.</source>
        <translation>
            <numerusform>supple: nothing was imported: %n file could not be read (above). Fix or leave out what is named, then run the command again.</numerusform>
            <numerusform>supple: nothing was imported: %n files could not be read (above). Fix or leave out what is named, then run the command again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, not a run: {file} ({sport}, {run}).</source>
        <translation>Left out, not a run: {file} ({sport}, {run}).</translation>
    </message>
    <message>
        <source>Already recorded: {file} ({run}).</source>
        <translation>Already recorded: {file} ({run}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s); {skipped} already recorded.</source>
        <translation>
            <numerusform>Imported %n run; {skipped} already recorded.</numerusform>
            <numerusform>Imported %n runs; {skipped} already recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s).</source>
        <translation>
            <numerusform>Imported %n run.</numerusform>
            <numerusform>Imported %n runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet. Record one with `supple runs add --minutes M` or import them with `supple runs import FILE`.</source>
        <translation>No runs yet. Record one with `supple runs add --minutes M` or import them with `supple runs import FILE`.</translation>
    </message>
    <message>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>KM</source>
        <translation>KM</translation>
    </message>
    <message>
        <source>CALVES</source>
        <translation>CALVES</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s).</source>
        <translation>
            <numerusform>%n run.</numerusform>
            <numerusform>%n runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>write a routine to share: a .yaml, or a .zip with its own pictures</source>
        <translation>write a routine to share: a .yaml, or a .zip with its own pictures</translation>
    </message>
    <message>
        <source>the file to write, ending in .yaml or .zip (never replaced)</source>
        <translation>the file to write, ending in .yaml or .zip (never replaced)</translation>
    </message>
    <message>
        <source>add a shared routine (.yaml or .zip) to your routines</source>
        <translation>add a shared routine (.yaml or .zip) to your routines</translation>
    </message>
    <message>
        <source>if its name or a picture&apos;s is taken, add it under a new one (e.g. &apos;Calf care (2)&apos;) instead of refusing</source>
        <translation>if its name or a picture&apos;s is taken, add it under a new one (e.g. &apos;Calf care (2)&apos;) instead of refusing</translation>
    </message>
    <message>
        <source>supple: cannot export {routine}: {why}</source>
        <translation>supple: cannot export {routine}: {why}</translation>
    </message>
    <message>
        <source>supple: cannot write {file}: {why}; nothing was written</source>
        <translation>supple: cannot write {file}: {why}; nothing was written</translation>
    </message>
    <message numerus="yes">
        <source>Exported {routine} to {file}, with its %n own picture(s) ({pictures}).</source>
        <translation>
            <numerusform>Exported {routine} to {file}, with its %n own picture ({pictures}).</numerusform>
            <numerusform>Exported {routine} to {file}, with its %n own pictures ({pictures}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {routine} to {file}.</source>
        <translation>Exported {routine} to {file}.</translation>
    </message>
    <message>
        <source>supple: {file} was not imported</source>
        <translation>supple: {file} was not imported</translation>
    </message>
    <message>
        <source>supple: {why}; nothing was imported. Run the command again</source>
        <translation>supple: {why}; nothing was imported. Run the command again</translation>
    </message>
    <message>
        <source>supple: cannot add the routine to {folder}: {why}; nothing was imported</source>
        <translation>supple: cannot add the routine to {folder}: {why}; nothing was imported</translation>
    </message>
    <message>
        <source>Imported {routine} as {id}: {file}</source>
        <translation>Imported {routine} as {id}: {file}</translation>
    </message>
    <message>
        <source>renamed from {name}: a routine of that name is in the library already</source>
        <translation>renamed from {name}: a routine of that name is in the library already</translation>
    </message>
    <message>
        <source>its id {old} is taken in the library, so it is {new} here</source>
        <translation>its id {old} is taken in the library, so it is {new} here</translation>
    </message>
    <message>
        <source>its picture {old} was added as {new}: a different {old} is there already</source>
        <translation>its picture {old} was added as {new}: a different {old} is there already</translation>
    </message>
    <message>
        <source>with its pictures: {pictures}</source>
        <translation>with its pictures: {pictures}</translation>
    </message>
    <message>
        <source>heel raises must be a whole count from 0 to {limit}, got {value}</source>
        <translation>heel raises must be a whole count from 0 to {limit}, got {value}</translation>
    </message>
    <message>
        <source>knee to wall must be 0 to {limit} cm, got {value}</source>
        <translation>knee to wall must be 0 to {limit} cm, got {value}</translation>
    </message>
    <message>
        <source>Calf test due: about {minutes} minutes · none yet, so this one is your starting point.</source>
        <translation>Calf test due: about {minutes} minutes · none yet, so this one is your starting point.</translation>
    </message>
    <message>
        <source>Calf test due: about {minutes} minutes · week 1 of {programme}: a starting point for it.</source>
        <translation>Calf test due: about {minutes} minutes · week 1 of {programme}: a starting point for it.</translation>
    </message>
    <message>
        <source>Calf test due: about {minutes} minutes · week 1 of your programme: a starting point for it.</source>
        <translation>Calf test due: about {minutes} minutes · week 1 of your programme: a starting point for it.</translation>
    </message>
    <message numerus="yes">
        <source>Calf test due: about {minutes} minutes · your last was %n day(s) ago.</source>
        <translation>
            <numerusform>Calf test due: about {minutes} minutes · your last was %n day ago.</numerusform>
            <numerusform>Calf test due: about {minutes} minutes · your last was %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program, probably a second copy of Supple, is using the history file. Close it and try again.</source>
        <translation>Another program, probably a second copy of Supple, is using the history file. Close it and try again.</translation>
    </message>
    <message>
        <source>Supple cannot create the folder of its history, {folder}: {reason}</source>
        <translation>Supple cannot create the folder of its history, {folder}: {reason}</translation>
    </message>
    <message>
        <source>The history file is being repaired; try again in a moment.</source>
        <translation>The history file is being repaired; try again in a moment.</translation>
    </message>
    <message>
        <source>The history file is damaged ({reason}) and could not be repaired.</source>
        <translation>The history file is damaged ({reason}) and could not be repaired.</translation>
    </message>
    <message>
        <source>The history file is damaged ({reason}). It is repaired when only one program has it open: close other copies of Supple (or `supple history`) and start Supple again. If its folder cannot be written, copy {path} somewhere it can.</source>
        <translation>The history file is damaged ({reason}). It is repaired when only one program has it open: close other copies of Supple (or `supple history`) and start Supple again. If its folder cannot be written, copy {path} somewhere it can.</translation>
    </message>
    <message>
        <source>The history file is damaged ({reason}) and could not be repaired: {error}. It was left as it is.</source>
        <translation>The history file is damaged ({reason}) and could not be repaired: {error}. It was left as it is.</translation>
    </message>
    <message>
        <source>{problem} Your session is kept in memory. {when_saved}</source>
        <translation>{problem} Your session is kept in memory. {when_saved}</translation>
    </message>
    <message>
        <source>The history has been saved after all.</source>
        <translation>The history has been saved after all.</translation>
    </message>
    <message>
        <source>Supple cannot write its history file (the disk may be full or read-only): {error}.</source>
        <translation>Supple cannot write its history file (the disk may be full or read-only): {error}.</translation>
    </message>
    <message>
        <source>Supple cannot write its history file (the disk may be full or read-only)</source>
        <translation>Supple cannot write its history file (the disk may be full or read-only)</translation>
    </message>
    <message>
        <source>{problem} ({path}).</source>
        <translation>{problem} ({path}).</translation>
    </message>
    <message>
        <source>this programme is followed already (enrolment {uuid})</source>
        <translation>this programme is followed already (enrolment {uuid})</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} must not be empty</translation>
    </message>
    <message>
        <source>only an active programme can be paused; this one is {state}</source>
        <translation>only an active programme can be paused; this one is {state}</translation>
    </message>
    <message>
        <source>only a paused programme can be resumed; this one is {state}</source>
        <translation>only a paused programme can be resumed; this one is {state}</translation>
    </message>
    <message>
        <source>this programme is finished already</source>
        <translation>this programme is finished already</translation>
    </message>
    <message>
        <source>Supple&apos;s history is on a disk or in a folder that cannot be written to (read-only): it can be read, but nothing new can be saved in it</source>
        <translation>Supple&apos;s history is on a disk or in a folder that cannot be written to (read-only): it can be read, but nothing new can be saved in it</translation>
    </message>
    <message>
        <source>Supple&apos;s history is on a disk or in a folder that cannot be written to (read-only): it can be read, but nothing new can be saved in it ({path}).</source>
        <translation>Supple&apos;s history is on a disk or in a folder that cannot be written to (read-only): it can be read, but nothing new can be saved in it ({path}).</translation>
    </message>
    <message>
        <source>Supple cannot write its history file ({error})</source>
        <translation>Supple cannot write its history file ({error})</translation>
    </message>
    <message>
        <source>The disk that holds Supple&apos;s history ({path}) is full.</source>
        <translation>The disk that holds Supple&apos;s history ({path}) is full.</translation>
    </message>
    <message>
        <source>Supple cannot write its history file {path} ({error}).</source>
        <translation>Supple cannot write its history file {path} ({error}).</translation>
    </message>
    <message>
        <source>{earlier} and {next}</source>
        <comment>programs holding a file</comment>
        <translation>{earlier} and {next}</translation>
    </message>
    <message>
        <source>Supple&apos;s history file is locked by another program: {programs}.</source>
        <translation>Supple&apos;s history file is locked by another program: {programs}.</translation>
    </message>
    <message>
        <source>Supple&apos;s history file is locked by another program (perhaps a second copy of Supple, or `supple history` in a terminal).</source>
        <translation>Supple&apos;s history file is locked by another program (perhaps a second copy of Supple, or `supple history` in a terminal).</translation>
    </message>
    <message>
        <source>The disk that holds Supple&apos;s history is full.</source>
        <translation>The disk that holds Supple&apos;s history is full.</translation>
    </message>
    <message>
        <source>Supple&apos;s history is on a disk or in a folder that cannot be written to (read-only).</source>
        <translation>Supple&apos;s history is on a disk or in a folder that cannot be written to (read-only).</translation>
    </message>
    <message>
        <source>Supple&apos;s history file is damaged.</source>
        <translation>Supple&apos;s history file is damaged.</translation>
    </message>
    <message>
        <source>The disk refused to write Supple&apos;s history.</source>
        <translation>The disk refused to write Supple&apos;s history.</translation>
    </message>
    <message>
        <source>Let it finish, or stop it in its terminal (Ctrl+C), then try again.</source>
        <translation>Let it finish, or stop it in its terminal (Ctrl+C), then try again.</translation>
    </message>
    <message>
        <source>Close it (or let it finish), then try again.</source>
        <translation>Close it (or let it finish), then try again.</translation>
    </message>
    <message>
        <source>Make it writable (or mount it read-write), then try again.</source>
        <translation>Make it writable (or mount it read-write), then try again.</translation>
    </message>
    <message>
        <source>Free some space on it, then try again.</source>
        <translation>Free some space on it, then try again.</translation>
    </message>
    <message>
        <source>Close any other program using it, then try again.</source>
        <translation>Close any other program using it, then try again.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps failing, check the disk.</source>
        <translation>Try again in a moment; if it keeps failing, check the disk.</translation>
    </message>
    <message>
        <source>It is saved once that program lets go of the file (close it, or let it finish); keep Supple open until then.</source>
        <translation>It is saved once that program lets go of the file (close it, or let it finish); keep Supple open until then.</translation>
    </message>
    <message>
        <source>It is written once the file is repaired.</source>
        <translation>It is written once the file is repaired.</translation>
    </message>
    <message>
        <source>It will be saved when the disk allows; keep Supple open until then.</source>
        <translation>It will be saved when the disk allows; keep Supple open until then.</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>larger than that</source>
        <translation>larger than that</translation>
    </message>
    <message>
        <source>{file} is {size}; a history import is at most {limit} bytes ({megabytes} MB)</source>
        <translation>{file} is {size}; a history import is at most {limit} bytes ({megabytes} MB)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>The file is {encoding} text; a history export is UTF-8. Save it again as UTF-8 (or export it again with `supple history --json`).</source>
        <translation>The file is {encoding} text; a history export is UTF-8. Save it again as UTF-8 (or export it again with `supple history --json`).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: the byte 0x{byte} at line {line}, column {column} is not a character. Save it again as UTF-8.</source>
        <translation>The file is not UTF-8 text: the byte 0x{byte} at line {line}, column {column} is not a character. Save it again as UTF-8.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <source>This is not a Supple history export: it holds {kind}, not an object with a format and sessions.</source>
        <translation>This is not a Supple history export: it holds {kind}, not an object with a format and sessions.</translation>
    </message>
    <message>
        <source>This is not a Supple history export: {key} is given twice.</source>
        <translation>This is not a Supple history export: {key} is given twice.</translation>
    </message>
    <message>
        <source>{count} characters; at most {limit} characters</source>
        <translation>{count} characters; at most {limit} characters</translation>
    </message>
    <message>
        <source>{count} items; at most {limit}</source>
        <translation>{count} items; at most {limit}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>{value} is not a date and time with its UTC offset, such as 2026-06-01T07:30:00+02:00</source>
        <translation>{value} is not a date and time with its UTC offset, such as 2026-06-01T07:30:00+02:00</translation>
    </message>
    <message>
        <source>{problem} (got a number too large to store)</source>
        <translation>{problem} (got a number too large to store)</translation>
    </message>
    <message>
        <source>{problem} (got {value})</source>
        <translation>{problem} (got {value})</translation>
    </message>
    <message>
        <source>{where} (uuid {uuid}): {problem}</source>
        <translation>{where} (uuid {uuid}): {problem}</translation>
    </message>
    <message>
        <source>The file holds more than {limit} sessions; a history import takes at most {limit}.</source>
        <translation>The file holds more than {limit} sessions; a history import takes at most {limit}.</translation>
    </message>
    <message>
        <source>{value} is not a UUID</source>
        <translation>{value} is not a UUID</translation>
    </message>
    <message>
        <source>position {position} is given twice; steps.{index} has it too</source>
        <translation>position {position} is given twice; steps.{index} has it too</translation>
    </message>
    <message>
        <source>{value} is not a real date and time</source>
        <translation>{value} is not a real date and time</translation>
    </message>
    <message>
        <source>{value} is outside {earliest} .. {latest}; no session can be dated then</source>
        <translation>{value} is outside {earliest} .. {latest}; no session can be dated then</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>the number at line {line}, column {column}</source>
        <translation>the number at line {line}, column {column}</translation>
    </message>
    <message>
        <source>it has no &quot;format&quot; (a Supple export says &quot;format&quot;: &quot;supple-history&quot;)</source>
        <translation>it has no &quot;format&quot; (a Supple export says &quot;format&quot;: &quot;supple-history&quot;)</translation>
    </message>
    <message>
        <source>format is {given}, not {expected}</source>
        <translation>format is {given}, not {expected}</translation>
    </message>
    <message>
        <source>version is {given}; this Supple reads version {known} (a newer Supple wrote it; update Supple)</source>
        <translation>version is {given}; this Supple reads version {known} (a newer Supple wrote it; update Supple)</translation>
    </message>
    <message>
        <source>version is {given}; this Supple reads version {known}</source>
        <translation>version is {given}; this Supple reads version {known}</translation>
    </message>
    <message>
        <source>&quot;sessions&quot; is missing or not a list</source>
        <translation>&quot;sessions&quot; is missing or not a list</translation>
    </message>
    <message>
        <source>The file is empty; a history export holds at least its format and a list of sessions.</source>
        <translation>The file is empty; a history export holds at least its format and a list of sessions.</translation>
    </message>
    <message>
        <source>This is not valid JSON: {problem} at line {line}, column {column}.</source>
        <translation>This is not valid JSON: {problem} at line {line}, column {column}.</translation>
    </message>
    <message>
        <source>This is not a Supple history export: its values are nested far more deeply than an export&apos;s.</source>
        <translation>This is not a Supple history export: its values are nested far more deeply than an export&apos;s.</translation>
    </message>
    <message>
        <source>This is not a Supple history export: {number} has thousands of digits; no value in an export is that large.</source>
        <translation>This is not a Supple history export: {number} has thousands of digits; no value in an export is that large.</translation>
    </message>
    <message>
        <source>This is not a Supple history export: {problem}.</source>
        <translation>This is not a Supple history export: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file:</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in the file:</numerusform>
            <numerusform>Nothing was imported: %n problems in the file:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file (the first {listed}):</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in the file (the first {listed}):</numerusform>
            <numerusform>Nothing was imported: %n problems in the file (the first {listed}):</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>a program (process {pid}, in a terminal)</source>
        <translation>a program (process {pid}, in a terminal)</translation>
    </message>
    <message>
        <source>a program (process {pid})</source>
        <translation>a program (process {pid})</translation>
    </message>
    <message>
        <source>{program} (process {pid}, in a terminal)</source>
        <translation>{program} (process {pid}, in a terminal)</translation>
    </message>
    <message>
        <source>{program} (process {pid})</source>
        <translation>{program} (process {pid})</translation>
    </message>
    <message>
        <source>another copy of Supple</source>
        <translation>another copy of Supple</translation>
    </message>
    <message>
        <source>the session could not be started in the history</source>
        <translation>the session could not be started in the history</translation>
    </message>
    <message>
        <source>The history could not be written: {reason}</source>
        <translation>The history could not be written: {reason}</translation>
    </message>
    <message>
        <source>The history could not be written (internal error: {error})</source>
        <translation>The history could not be written (internal error: {error})</translation>
    </message>
    <message>
        <source>{field} must be an integer from 0 to 10, got {value}</source>
        <translation>{field} must be an integer from 0 to 10, got {value}</translation>
    </message>
    <message>
        <source>{field} of a calf test must be left or right: each leg is tested alone</source>
        <translation>{field} of a calf test must be left or right: each leg is tested alone</translation>
    </message>
    <message>
        <source>{field} must be a number, got {value}</source>
        <translation>{field} must be a number, got {value}</translation>
    </message>
    <message>
        <source>{field} (heel raises) must be a whole count from 0 to 1000, got {value}</source>
        <translation>{field} (heel raises) must be a whole count from 0 to 1000, got {value}</translation>
    </message>
    <message>
        <source>{field} (knee to wall) must be 0 to 100 cm, got {value}</source>
        <translation>{field} (knee to wall) must be 0 to 100 cm, got {value}</translation>
    </message>
    <message>
        <source>{field} of a run must be more than 0 and at most a week, got {value}</source>
        <translation>{field} of a run must be more than 0 and at most a week, got {value}</translation>
    </message>
    <message>
        <source>{field} must be 0 to 1000, got {value}</source>
        <translation>{field} must be 0 to 1000, got {value}</translation>
    </message>
    <message>
        <source>{field} of a run must not be empty</source>
        <translation>{field} of a run must not be empty</translation>
    </message>
    <message>
        <source>a run from a {format} file needs the parser&apos;s {field}</source>
        <translation>a run from a {format} file needs the parser&apos;s {field}</translation>
    </message>
    <message>
        <source>{field} must be a time zone name such as Europe/Berlin, got {value}</source>
        <translation>{field} must be a time zone name such as Europe/Berlin, got {value}</translation>
    </message>
    <message>
        <source>{where}: {value} is outside {earliest} .. {latest}</source>
        <translation>{where}: {value} is outside {earliest} .. {latest}</translation>
    </message>
    <message>
        <source>{where}: ends before it begins</source>
        <translation>{where}: ends before it begins</translation>
    </message>
    <message>
        <source>This is not a Supple history export: {problems}</source>
        <translation>This is not a Supple history export: {problems}</translation>
    </message>
    <message>
        <source>Records no history can hold: {problems}</source>
        <translation>Records no history can hold: {problems}</translation>
    </message>
    <message>
        <source>Nothing in it could be read, so a new, empty history was started.</source>
        <translation>Nothing in it could be read, so a new, empty history was started.</translation>
    </message>
    <message>
        <source>No session could be read; the ratings, runs, calf tests and programmes that could were saved into a fresh history.</source>
        <translation>No session could be read; the ratings, runs, calf tests and programmes that could were saved into a fresh history.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} sessions (with {steps}) could be read and were saved into a fresh history.</source>
        <translation>
            <numerusform>%n of {total} sessions (with {steps}) could be read and was saved into a fresh history.</numerusform>
            <numerusform>%n of {total} sessions (with {steps}) could be read and were saved into a fresh history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) (with {steps}) could be read and were saved into a fresh history.</source>
        <translation>
            <numerusform>%n session (with {steps}) could be read and was saved into a fresh history.</numerusform>
            <numerusform>%n sessions (with {steps}) could be read and were saved into a fresh history.</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions_saved} So were the ratings, runs, calf tests and programmes that could be read.</source>
        <translation>{sessions_saved} So were the ratings, runs, calf tests and programmes that could be read.</translation>
    </message>
    <message>
        <source>The history file was damaged ({reason}). It was moved to {target} (nothing was deleted). {saved}</source>
        <translation>The history file was damaged ({reason}). It was moved to {target} (nothing was deleted). {saved}</translation>
    </message>
    <message>
        <source>The history file was written by a newer version of Supple (schema {version}, this version knows {known}). Update Supple to see it; it was not changed.</source>
        <translation>The history file was written by a newer version of Supple (schema {version}, this version knows {known}). Update Supple to see it; it was not changed.</translation>
    </message>
    <message>
        <source>Supple cannot look at its history file {path}: {reason}.</source>
        <translation>Supple cannot look at its history file {path}: {reason}.</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>{path} is {what}, not Supple&apos;s history file, so no history can be kept. Move or rename it, then start Supple again.</source>
        <translation>{path} is {what}, not Supple&apos;s history file, so no history can be kept. Move or rename it, then start Supple again.</translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation>not a SQLite database</translation>
    </message>
    <message>
        <source>truncated ({size} bytes, header says {expected})</source>
        <translation>truncated ({size} bytes, header says {expected})</translation>
    </message>
    <message>
        <source>The history file was repaired while it was being exported, so the export is incomplete; export it again.</source>
        <translation>The history file was repaired while it was being exported, so the export is incomplete; export it again.</translation>
    </message>
    <message>
        <source>the routine index depends on {module}, which cannot be found</source>
        <translation>the routine index depends on {module}, which cannot be found</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>each side</translation>
    </message>
    <message numerus="yes">
        <source>%n side(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sides</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} of your cadence</source>
        <translation>{change} of your cadence</translation>
    </message>
    <message>
        <source>round {round} of {rounds}</source>
        <translation>round {round} of {rounds}</translation>
    </message>
    <message>
        <source>has the same id, {id}, as {file}, which is the one listed; this file is not. Rename one of them to list both</source>
        <translation>has the same id, {id}, as {file}, which is the one listed; this file is not. Rename one of them to list both</translation>
    </message>
    <message>
        <source>its id {id} differs from {file}&apos;s only in letter case: on Windows and macOS they would be one file, and `supple show` needs the exact case. Rename one of them</source>
        <translation>its id {id} differs from {file}&apos;s only in letter case: on Windows and macOS they would be one file, and `supple show` needs the exact case. Rename one of them</translation>
    </message>
    <message>
        <source>its id {id} differs from the built-in routine {builtin} only in letter case, so it does not replace it: both are listed. Name it {file} to replace the built-in one</source>
        <translation>its id {id} differs from the built-in routine {builtin} only in letter case, so it does not replace it: both are listed. Name it {file} to replace the built-in one</translation>
    </message>
    <message>
        <source>is named {name} like {other}: both are listed, and `supple show` or `supple run` by that name asks for the id ({first_id} or {id})</source>
        <translation>is named {name} like {other}: both are listed, and `supple show` or `supple run` by that name asks for the id ({first_id} or {id})</translation>
    </message>
    <message>
        <source>the built-in routine {id}</source>
        <translation>the built-in routine {id}</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>a mapping with {keys} and {last}</source>
        <translation>a mapping with {keys} and {last}</translation>
    </message>
    <message>
        <source>the file holds a list</source>
        <translation>the file holds a list</translation>
    </message>
    <message>
        <source>the file holds a single value</source>
        <translation>the file holds a single value</translation>
    </message>
    <message>
        <source>cannot list folder: {reason}</source>
        <translation>cannot list folder: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>cannot read: {reason}</translation>
    </message>
    <message>
        <source>is a folder, not a programme file; skipped</source>
        <translation>is a folder, not a programme file; skipped</translation>
    </message>
    <message>
        <source>is not a regular file, not a programme file; skipped</source>
        <translation>is not a regular file, not a programme file; skipped</translation>
    </message>
    <message>
        <source>{problem}; skipped</source>
        <translation>{problem}; skipped</translation>
    </message>
    <message>
        <source>no routine {routine} (did you mean {close}?): a routine&apos;s id is its file name without .yaml, as {command} shows</source>
        <translation>no routine {routine} (did you mean {close}?): a routine&apos;s id is its file name without .yaml, as {command} shows</translation>
    </message>
    <message>
        <source>no routine {routine}: a routine&apos;s id is its file name without .yaml, as {command} shows</source>
        <translation>no routine {routine}: a routine&apos;s id is its file name without .yaml, as {command} shows</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>must be at least {limit}</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>must be at most {limit}</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>must be more than {limit}</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>needs at least %n item</numerusform>
            <numerusform>needs at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n item(s)</source>
        <translation>
            <numerusform>allows at most %n item</numerusform>
            <numerusform>allows at most %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} given</source>
        <translation>{count} given</translation>
    </message>
    <message>
        <source>got {value}</source>
        <translation>got {value}</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and dashes</source>
        <translation>must be lower-case letters, digits and dashes</translation>
    </message>
    <message>
        <source>must be lower-case words, e.g. {example}</source>
        <translation>must be lower-case words, e.g. {example}</translation>
    </message>
    <message>
        <source>{text} is not a week or a range of weeks: write, for example, &apos;week 3&apos; or &apos;weeks 1-2&apos;</source>
        <translation>{text} is not a week or a range of weeks: write, for example, &apos;week 3&apos; or &apos;weeks 1-2&apos;</translation>
    </message>
    <message>
        <source>weeks are counted from 1</source>
        <translation>weeks are counted from 1</translation>
    </message>
    <message>
        <source>the range ends before it starts: write weeks {last}-{first}</source>
        <translation>the range ends before it starts: write weeks {last}-{first}</translation>
    </message>
    <message>
        <source>expected text, got {kind}</source>
        <translation>expected text, got {kind}</translation>
    </message>
    <message>
        <source>expected a time such as 07:30, not true/false</source>
        <translation>expected a time such as 07:30, not true/false</translation>
    </message>
    <message>
        <source>expected a time such as 07:30 or 19:00, got the number {number}</source>
        <translation>expected a time such as 07:30 or 19:00, got the number {number}</translation>
    </message>
    <message>
        <source>expected a 24-hour time such as 07:30 or 19:00, got {text}</source>
        <translation>expected a 24-hour time such as 07:30 or 19:00, got {text}</translation>
    </message>
    <message>
        <source>expected a time such as 07:30, got {kind}</source>
        <translation>expected a time such as 07:30, got {kind}</translation>
    </message>
    <message>
        <source>tempo needs at least one phase, e.g. {example}</source>
        <translation>tempo needs at least one phase, e.g. {example}</translation>
    </message>
    <message>
        <source>a weekday is given twice</source>
        <translation>a weekday is given twice</translation>
    </message>
    <message>
        <source>a slot is given twice</source>
        <translation>a slot is given twice</translation>
    </message>
    <message>
        <source>{when} needs two slots, e.g. {example}</source>
        <translation>{when} needs two slots, e.g. {example}</translation>
    </message>
    <message>
        <source>the programme asks no question {question} (it asks: {questions})</source>
        <translation>the programme asks no question {question} (it asks: {questions})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>{answer} is not an answer to {question} (answers: {answers})</source>
        <translation>{answer} is not an answer to {question} (answers: {answers})</translation>
    </message>
    <message numerus="yes">
        <source>week {week} is past the programme&apos;s end (it lasts %n week(s))</source>
        <translation>
            <numerusform>week {week} is past the programme&apos;s end (it lasts %n week)</numerusform>
            <numerusform>week {week} is past the programme&apos;s end (it lasts %n weeks)</numerusform>
        </translation>
    </message>
    <message>
        <source>{range} overlaps {other}: give each week once</source>
        <translation>{range} overlaps {other}: give each week once</translation>
    </message>
    <message>
        <source>slot {slot} has no time: give it one under slots, e.g. {example}</source>
        <translation>slot {slot} has no time: give it one under slots, e.g. {example}</translation>
    </message>
    <message>
        <source>{routine} is already in the programme at the same slots</source>
        <translation>{routine} is already in the programme at the same slots</translation>
    </message>
    <message>
        <source>question {question} is asked twice</source>
        <translation>question {question} is asked twice</translation>
    </message>
    <message>
        <source>two answers have the same id</source>
        <translation>two answers have the same id</translation>
    </message>
    <message>
        <source>{answer} is not one of the answers ({answers})</source>
        <translation>{answer} is not one of the answers ({answers})</translation>
    </message>
    <message>
        <source>{routine} is not one of the programme&apos;s routines</source>
        <translation>{routine} is not one of the programme&apos;s routines</translation>
    </message>
    <message>
        <source>today&apos;s session</source>
        <translation>today&apos;s session</translation>
    </message>
    <message>
        <source>today&apos;s pain</source>
        <translation>today&apos;s pain</translation>
    </message>
    <message>
        <source>yesterday&apos;s session</source>
        <translation>yesterday&apos;s session</translation>
    </message>
    <message>
        <source>yesterday&apos;s pain</source>
        <translation>yesterday&apos;s pain</translation>
    </message>
    <message>
        <source>{weekday}&apos;s session</source>
        <translation>{weekday}&apos;s session</translation>
    </message>
    <message>
        <source>{weekday}&apos;s pain</source>
        <translation>{weekday}&apos;s pain</translation>
    </message>
    <message>
        <source>Morning pain has risen week on week (typically {before}/10 the week before, {now}/10 this week): ease the next session, one step down in load or reps.</source>
        <translation>Morning pain has risen week on week (typically {before}/10 the week before, {now}/10 this week): ease the next session, one step down in load or reps.</translation>
    </message>
    <message>
        <source>Morning stiffness has risen week on week (typically {before}/10 the week before, {now}/10 this week): ease the next session, one step down in load or reps.</source>
        <translation>Morning stiffness has risen week on week (typically {before}/10 the week before, {now}/10 this week): ease the next session, one step down in load or reps.</translation>
    </message>
    <message>
        <source>Your ratings so far give one number for tightness or pain together, so they cannot tell how your calves take the load: go on as planned, and rate pain and tightness apart from now on.</source>
        <translation>Your ratings so far give one number for tightness or pain together, so they cannot tell how your calves take the load: go on as planned, and rate pain and tightness apart from now on.</translation>
    </message>
    <message>
        <source>No ratings yet: go on as planned, and rate pain and tightness after each session and the next morning.</source>
        <translation>No ratings yet: go on as planned, and rate pain and tightness after each session and the next morning.</translation>
    </message>
    <message numerus="yes">
        <source>Your last rating is from %n day(s) ago: go on at the load you last used, not heavier, and rate pain and tightness after the next session and the next morning.</source>
        <translation>
            <numerusform>Your last rating is from %n day ago: go on at the load you last used, not heavier, and rate pain and tightness after the next session and the next morning.</numerusform>
            <numerusform>Your last rating is from %n days ago: go on at the load you last used, not heavier, and rate pain and tightness after the next session and the next morning.</numerusform>
        </translation>
    </message>
    <message>
        <source>You noted a sharp pain with {session}: stop the programme for now and see a physiotherapist or doctor before going on.</source>
        <translation>You noted a sharp pain with {session}: stop the programme for now and see a physiotherapist or doctor before going on.</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>a session</translation>
    </message>
    <message>
        <source>Pain reached {pain}/10, above {limit}: stop the programme for now and see a physiotherapist or doctor before going on.</source>
        <translation>Pain reached {pain}/10, above {limit}: stop the programme for now and see a physiotherapist or doctor before going on.</translation>
    </message>
    <message>
        <source>Pain reached {pain}/10 during or after {session}, above the {limit} that is acceptable: ease the next session, one step down in load or reps.</source>
        <translation>Pain reached {pain}/10 during or after {session}, above the {limit} that is acceptable: ease the next session, one step down in load or reps.</translation>
    </message>
    <message>
        <source>The pain after {session} had not settled by morning ({pain}/10): ease the next session, one step down in load or reps.</source>
        <translation>The pain after {session} had not settled by morning ({pain}/10): ease the next session, one step down in load or reps.</translation>
    </message>
    <message>
        <source>The pain after {session} had not settled by morning ({pain}/10, up from {before}/10 the morning before): ease the next session, one step down in load or reps.</source>
        <translation>The pain after {session} had not settled by morning ({pain}/10, up from {before}/10 the morning before): ease the next session, one step down in load or reps.</translation>
    </message>
    <message>
        <source>Morning pain was {pain}/10, above the {limit} that is acceptable: ease the next session, one step down in load or reps.</source>
        <translation>Morning pain was {pain}/10, above the {limit} that is acceptable: ease the next session, one step down in load or reps.</translation>
    </message>
    <message>
        <source>Your mornings are within what is acceptable: go on as planned, and rate pain during and after the next session.</source>
        <translation>Your mornings are within what is acceptable: go on as planned, and rate pain during and after the next session.</translation>
    </message>
    <message>
        <source>{session} was pain-free: if it is still pain-free tomorrow morning, the programme&apos;s next step up may follow.</source>
        <translation>{session} was pain-free: if it is still pain-free tomorrow morning, the programme&apos;s next step up may follow.</translation>
    </message>
    <message>
        <source>Pain stayed within {limit}/10 during and after {session}: go on as planned, and rate tomorrow morning to see that it settles.</source>
        <translation>Pain stayed within {limit}/10 during and after {session}: go on as planned, and rate tomorrow morning to see that it settles.</translation>
    </message>
    <message>
        <source>No morning rating since {session}, so there is no telling whether the pain settled: go on as planned, not heavier, and rate tomorrow morning.</source>
        <translation>No morning rating since {session}, so there is no telling whether the pain settled: go on as planned, not heavier, and rate tomorrow morning.</translation>
    </message>
    <message>
        <source>Morning pain was {pain}/10, with no earlier morning to compare it with: go on as planned, not heavier; the next mornings will tell whether it is settling.</source>
        <translation>Morning pain was {pain}/10, with no earlier morning to compare it with: go on as planned, not heavier; the next mornings will tell whether it is settling.</translation>
    </message>
    <message>
        <source>{session} was pain-free and stayed settled by morning: the programme&apos;s next step up (more load, or fewer and heavier reps) may go ahead.</source>
        <translation>{session} was pain-free and stayed settled by morning: the programme&apos;s next step up (more load, or fewer and heavier reps) may go ahead.</translation>
    </message>
    <message>
        <source>{whose_pain} settled by morning: go on as planned.</source>
        <translation>{whose_pain} settled by morning: go on as planned.</translation>
    </message>
    <message>
        <source>a pause cannot end ({last}) before it starts ({first})</source>
        <translation>a pause cannot end ({last}) before it starts ({first})</translation>
    </message>
    <message>
        <source>the pauses cover more than ten years</source>
        <translation>the pauses cover more than ten years</translation>
    </message>
    <message>
        <source>slot {slot} has no time</source>
        <translation>slot {slot} has no time</translation>
    </message>
    <message>
        <source>{routine} is not on chosen weekdays in this programme (those that are: {routines})</source>
        <translation>{routine} is not on chosen weekdays in this programme (those that are: {routines})</translation>
    </message>
    <message>
        <source>weekdays are {weekdays}; got {days}</source>
        <translation>weekdays are {weekdays}; got {days}</translation>
    </message>
    <message>
        <source>This week: {changes}.</source>
        <translation>This week: {changes}.</translation>
    </message>
    <message numerus="yes">
        <source>{rm}RM: a load you can lift only %n time(s) with good form</source>
        <translation>
            <numerusform>{rm}RM: a load you can lift only %n time with good form</numerusform>
            <numerusform>{rm}RM: a load you can lift only %n times with good form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n rep(s)</source>
        <translation>
            <numerusform>{sets} × %n rep</numerusform>
            <numerusform>{sets} × %n reps</numerusform>
        </translation>
    </message>
    <message>
        <source>hold {duration}</source>
        <translation>hold {duration}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{duration} {phase}</source>
        <translation>{duration} {phase}</translation>
    </message>
    <message>
        <source>tempo {phases}</source>
        <translation>tempo {phases}</translation>
    </message>
    <message>
        <source>tempo {duration} a rep</source>
        <translation>tempo {duration} a rep</translation>
    </message>
    <message>
        <source>rest {duration}</source>
        <translation>rest {duration}</translation>
    </message>
    <message>
        <source>metronome {share} of your cadence</source>
        <translation>metronome {share} of your cadence</translation>
    </message>
    <message>
        <source>metronome {bpm} bpm</source>
        <translation>metronome {bpm} bpm</translation>
    </message>
    <message>
        <source>{rm}RM</source>
        <translation>{rm}RM</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the routine {routine} has no exercise called {name} (it has: {names})</source>
        <translation>the routine {routine} has no exercise called {name} (it has: {names})</translation>
    </message>
    <message>
        <source>{field} applies to exercises counted in reps, and {routine} has none</source>
        <translation>{field} applies to exercises counted in reps, and {routine} has none</translation>
    </message>
    <message>
        <source>{field} applies to exercises with a metronome, and {routine} has none</source>
        <translation>{field} applies to exercises with a metronome, and {routine} has none</translation>
    </message>
    <message>
        <source>{field} applies to exercises timed (hold), and {routine} has none</source>
        <translation>{field} applies to exercises timed (hold), and {routine} has none</translation>
    </message>
    <message>
        <source>{field} does not apply to {name}</source>
        <translation>{field} does not apply to {name}</translation>
    </message>
    <message>
        <source>the week&apos;s changes make {routine} invalid: {field}: {problem}</source>
        <translation>the week&apos;s changes make {routine} invalid: {field}: {problem}</translation>
    </message>
    <message>
        <source>{where}: expected a time of day such as &quot;07:30&quot;, got {value}</source>
        <translation>{where}: expected a time of day such as &quot;07:30&quot;, got {value}</translation>
    </message>
    <message>
        <source>{where}: expected an object with {keys} and {last}</source>
        <translation>{where}: expected an object with {keys} and {last}</translation>
    </message>
    <message>
        <source>{where}: expected a routine id, got {value}</source>
        <translation>{where}: expected a routine id, got {value}</translation>
    </message>
    <message>
        <source>{where}: expected a time or a list of times, got {value}</source>
        <translation>{where}: expected a time or a list of times, got {value}</translation>
    </message>
    <message>
        <source>{where}: expected a list of {days}, got {value}</source>
        <translation>{where}: expected a list of {days}, got {value}</translation>
    </message>
    <message>
        <source>expected an object of reminder settings, got {kind}</source>
        <translation>expected an object of reminder settings, got {kind}</translation>
    </message>
    <message>
        <source>{where}: expected true or false, got {value}</source>
        <translation>{where}: expected true or false, got {value}</translation>
    </message>
    <message>
        <source>{where}: expected a list</source>
        <translation>{where}: expected a list</translation>
    </message>
    <message>
        <source>{where}: at most {count}; the rest are left out</source>
        <translation>{where}: at most {count}; the rest are left out</translation>
    </message>
    <message>
        <source>{where}: expected {example} or null</source>
        <translation>{where}: expected {example} or null</translation>
    </message>
    <message>
        <source>{file}: could not be read ({reason}); the default reminders are in use</source>
        <translation>{file}: could not be read ({reason}); the default reminders are in use</translation>
    </message>
    <message>
        <source>The reminders could not be saved: {reason}</source>
        <translation>The reminders could not be saved: {reason}</translation>
    </message>
    <message>
        <source>{where}: expected a time stamp, got {value}</source>
        <translation>{where}: expected a time stamp, got {value}</translation>
    </message>
    <message>
        <source>{where}: a time stamp needs its UTC offset, got {value}</source>
        <translation>{where}: a time stamp needs its UTC offset, got {value}</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: expected an object</translation>
    </message>
    <message>
        <source>not a reminder state of this version of Supple</source>
        <translation>not a reminder state of this version of Supple</translation>
    </message>
    <message>
        <source>What the reminders had shown could not be read ({reason}); they start afresh.</source>
        <translation>What the reminders had shown could not be read ({reason}); they start afresh.</translation>
    </message>
    <message>
        <source>What the reminders had shown could not be read ({reason}); they start afresh. The old file is {file}.</source>
        <translation>What the reminders had shown could not be read ({reason}); they start afresh. The old file is {file}.</translation>
    </message>
    <message>
        <source>What the reminders showed could not be saved: {reason}</source>
        <translation>What the reminders showed could not be saved: {reason}</translation>
    </message>
    <message>
        <source>{dose}; load: {load}</source>
        <translation>{dose}; load: {load}</translation>
    </message>
    <message>
        <source>{done} of {steps}, {skipped} skipped</source>
        <translation>{done} of {steps}, {skipped} skipped</translation>
    </message>
    <message>
        <source>Farrar et al. 2001, Pain 94(2):149–158: a fall of about 2 points (or 30 %) on the 0–10 scale was clinically important; Salaffi et al. 2004, Eur J Pain 8(4):283–291: 2 points was &quot;much better&quot;, 1 point the smallest change felt</source>
        <translation>Farrar et al. 2001, Pain 94(2):149–158: a fall of about 2 points (or 30 %) on the 0–10 scale was clinically important; Salaffi et al. 2004, Eur J Pain 8(4):283–291: 2 points was &quot;much better&quot;, 1 point the smallest change felt</translation>
    </message>
    <message>
        <source>the period ends ({last}) before it starts ({first})</source>
        <translation>the period ends ({last}) before it starts ({first})</translation>
    </message>
    <message>
        <source>a report covers at most ten years</source>
        <translation>a report covers at most ten years</translation>
    </message>
    <message>
        <source>down {points} points: at least the {mcid}-point minimal clinically important difference, a clinically important improvement</source>
        <translation>down {points} points: at least the {mcid}-point minimal clinically important difference, a clinically important improvement</translation>
    </message>
    <message>
        <source>up {points} points: at least the {mcid}-point minimal clinically important difference, a clinically important worsening</source>
        <translation>up {points} points: at least the {mcid}-point minimal clinically important difference, a clinically important worsening</translation>
    </message>
    <message>
        <source>down {points} points: less than the {mcid}-point minimal clinically important difference</source>
        <translation>down {points} points: less than the {mcid}-point minimal clinically important difference</translation>
    </message>
    <message>
        <source>up {points} points: less than the {mcid}-point minimal clinically important difference</source>
        <translation>up {points} points: less than the {mcid}-point minimal clinically important difference</translation>
    </message>
    <message>
        <source>unchanged: less than the {mcid}-point minimal clinically important difference</source>
        <translation>unchanged: less than the {mcid}-point minimal clinically important difference</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>twice a day</translation>
    </message>
    <message>
        <source>run days</source>
        <translation>run days</translation>
    </message>
    <message>
        <source>day after a run</source>
        <translation>day after a run</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message>
        <source>{weekdays} ({count} a week)</source>
        <translation>{weekdays} ({count} a week)</translation>
    </message>
    <message>
        <source>{slot} {time}</source>
        <translation>{slot} {time}</translation>
    </message>
    <message>
        <source>{when} ({slots})</source>
        <translation>{when} ({slots})</translation>
    </message>
    <message>
        <source>week {week} of {weeks}</source>
        <translation>week {week} of {weeks}</translation>
    </message>
    <message>
        <source>on the runner&apos;s own, not planned by a programme</source>
        <translation>on the runner&apos;s own, not planned by a programme</translation>
    </message>
    <message>
        <source>{step}: {changes}</source>
        <translation>{step}: {changes}</translation>
    </message>
    <message>
        <source>The period is shorter than four weeks, so the change in pain between its first two and last two weeks is not given (the minimal clinically important difference is {mcid} points).</source>
        <translation>The period is shorter than four weeks, so the change in pain between its first two and last two weeks is not given (the minimal clinically important difference is {mcid} points).</translation>
    </message>
    <message>
        <source>No pain was rated in the first or the last two weeks of the period, so the change in pain cannot be given.</source>
        <translation>No pain was rated in the first or the last two weeks of the period, so the change in pain cannot be given.</translation>
    </message>
    <message>
        <source>No pain was rated in the first two weeks of the period, so the change in pain cannot be given.</source>
        <translation>No pain was rated in the first two weeks of the period, so the change in pain cannot be given.</translation>
    </message>
    <message>
        <source>No pain was rated in the last two weeks of the period, so the change in pain cannot be given.</source>
        <translation>No pain was rated in the last two weeks of the period, so the change in pain cannot be given.</translation>
    </message>
    <message>
        <source>Mean pain (0–10, every rating during, after and the next morning): {first_mean} in the first two weeks ({first_ratings}), {last_mean} in the last two ({last_ratings}); {verdict}. The threshold is {mcid} points on a 0–10 numeric pain rating scale ({source}).</source>
        <translation>Mean pain (0–10, every rating during, after and the next morning): {first_mean} in the first two weeks ({first_ratings}), {last_mean} in the last two ({last_ratings}); {verdict}. The threshold is {mcid} points on a 0–10 numeric pain rating scale ({source}).</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message>
        <source>pre-run warm-up</source>
        <translation>pre-run warm-up</translation>
    </message>
    <message>
        <source>post-run stretch</source>
        <translation>post-run stretch</translation>
    </message>
    <message>
        <source>foam rolling</source>
        <translation>foam rolling</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>strength</translation>
    </message>
    <message>
        <source>drills</source>
        <translation>drills</translation>
    </message>
    <message>
        <source>my routines</source>
        <translation>my routines</translation>
    </message>
    <message>
        <source>there is no step {step}</source>
        <translation>there is no step {step}</translation>
    </message>
    <message>
        <source>no step given</source>
        <translation>no step given</translation>
    </message>
    <message>
        <source>step {step} is not a block</source>
        <translation>step {step} is not a block</translation>
    </message>
    <message>
        <source>there is no cue called {cue} (one of: {cues})</source>
        <translation>there is no cue called {cue} (one of: {cues})</translation>
    </message>
    <message>
        <source>{field} is not a field the form changes (steps change through the step list)</source>
        <translation>{field} is not a field the form changes (steps change through the step list)</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nothing to change</translation>
    </message>
    <message>
        <source>Remove {field}</source>
        <translation>Remove {field}</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>Change {field}</translation>
    </message>
    <message>
        <source>Change {fields}</source>
        <translation>Change {fields}</translation>
    </message>
    <message>
        <source>the change would not read back: {problem}</source>
        <translation>the change would not read back: {problem}</translation>
    </message>
    <message>
        <source>the change would not read back as intended; nothing was changed</source>
        <translation>the change would not read back as intended; nothing was changed</translation>
    </message>
    <message>
        <source>the routine would not be valid: {problem}</source>
        <translation>the routine would not be valid: {problem}</translation>
    </message>
    <message>
        <source>expected a duration such as 30s, 1m30s or 90, not true/false</source>
        <translation>expected a duration such as 30s, 1m30s or 90, not true/false</translation>
    </message>
    <message>
        <source>far longer than the 4h limit</source>
        <translation>far longer than the 4h limit</translation>
    </message>
    <message>
        <source>a duration cannot be negative</source>
        <translation>a duration cannot be negative</translation>
    </message>
    <message>
        <source>expected a duration such as 30s, 1m30s or 90</source>
        <translation>expected a duration such as 30s, 1m30s or 90</translation>
    </message>
    <message>
        <source>expected a finite duration</source>
        <translation>expected a finite duration</translation>
    </message>
    <message>
        <source>{duration} is longer than the 4h limit</source>
        <translation>{duration} is longer than the 4h limit</translation>
    </message>
    <message>
        <source>{seconds} s is shorter than the shortest duration, {shortest}s (0 turns a pause off)</source>
        <translation>{seconds} s is shorter than the shortest duration, {shortest}s (0 turns a pause off)</translation>
    </message>
    <message>
        <source>unknown unit {unit} in {text} (use h, m, s or ms)</source>
        <translation>unknown unit {unit} in {text} (use h, m, s or ms)</translation>
    </message>
    <message>
        <source>{text} is not a duration (expected e.g. 30s, 1m30s, 90 s or 2 min)</source>
        <translation>{text} is not a duration (expected e.g. 30s, 1m30s, 90 s or 2 min)</translation>
    </message>
    <message>
        <source>a mapping with supple, name and steps</source>
        <translation>a mapping with supple, name and steps</translation>
    </message>
    <message>
        <source>is a folder, not a routine file</source>
        <translation>is a folder, not a routine file</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or device?); skipped</source>
        <translation>is not a regular file (a pipe or device?); skipped</translation>
    </message>
    <message>
        <source>{reason}; skipped</source>
        <translation>{reason}; skipped</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>missing required key</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>expected text</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>expected a mapping of keys to values</translation>
    </message>
    <message>
        <source>one of: {keys}</source>
        <translation>one of: {keys}</translation>
    </message>
    <message>
        <source>unknown key {key} (did you mean {close}?)</source>
        <translation>unknown key {key} (did you mean {close}?)</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>unknown key {key}</translation>
    </message>
    <message>
        <source>missing required key {key}</source>
        <translation>missing required key {key}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>one of {choices}</translation>
    </message>
    <message>
        <source>{value} is not allowed (did you mean {close}?)</source>
        <translation>{value} is not allowed (did you mean {close}?)</translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} is not allowed</translation>
    </message>
    <message>
        <source>got {kind} {value}</source>
        <translation>got {kind} {value}</translation>
    </message>
    <message>
        <source>must be less than {limit}</source>
        <translation>must be less than {limit}</translation>
    </message>
    <message>
        <source>needs at least two sides</source>
        <translation>needs at least two sides</translation>
    </message>
    <message>
        <source>both, or a list such as [left, right]</source>
        <translation>both, or a list such as [left, right]</translation>
    </message>
    <message numerus="yes">
        <source>%n given</source>
        <translation>
            <numerusform>%n given</numerusform>
            <numerusform>%n given</numerusform>
        </translation>
    </message>
    <message>
        <source>text must be one line and not blank</source>
        <translation>text must be one line and not blank</translation>
    </message>
    <message>
        <source>includes another file (XInclude)</source>
        <translation>includes another file (XInclude)</translation>
    </message>
    <message>
        <source>nests elements more than {limit} deep</source>
        <translation>nests elements more than {limit} deep</translation>
    </message>
    <message>
        <source>has more than {limit} &lt;use&gt; elements</source>
        <translation>has more than {limit} &lt;use&gt; elements</translation>
    </message>
    <message>
        <source>declares a DOCTYPE (entities and external definitions are not allowed)</source>
        <translation>declares a DOCTYPE (entities and external definitions are not allowed)</translation>
    </message>
    <message>
        <source>declares an XML entity</source>
        <translation>declares an XML entity</translation>
    </message>
    <message>
        <source>holds a processing instruction (&lt;?{target} …?&gt;)</source>
        <translation>holds a processing instruction (&lt;?{target} …?&gt;)</translation>
    </message>
    <message>
        <source>is not readable XML (line {line}: {reason})</source>
        <translation>is not readable XML (line {line}: {reason})</translation>
    </message>
    <message>
        <source>imports a style sheet ({where})</source>
        <translation>imports a style sheet ({where})</translation>
    </message>
    <message>
        <source>refers to something outside the file ({where}: url({target}))</source>
        <translation>refers to something outside the file ({where}: url({target}))</translation>
    </message>
    <message>
        <source>refers to something outside the file (href=&quot;{target}&quot;)</source>
        <translation>refers to something outside the file (href=&quot;{target}&quot;)</translation>
    </message>
    <message>
        <source>refers to itself (a reference cycle)</source>
        <translation>refers to itself (a reference cycle)</translation>
    </message>
    <message>
        <source>declares a width it cannot be drawn at ({attribute}=&quot;{value}&quot;)</source>
        <translation>declares a width it cannot be drawn at ({attribute}=&quot;{value}&quot;)</translation>
    </message>
    <message>
        <source>declares a height it cannot be drawn at ({attribute}=&quot;{value}&quot;)</source>
        <translation>declares a height it cannot be drawn at ({attribute}=&quot;{value}&quot;)</translation>
    </message>
    <message>
        <source>declares a viewBox it cannot be drawn with (&quot;{value}&quot;)</source>
        <translation>declares a viewBox it cannot be drawn with (&quot;{value}&quot;)</translation>
    </message>
    <message>
        <source>declares {width}×{height} px; pictures are limited to {limit} px a side</source>
        <translation>declares {width}×{height} px; pictures are limited to {limit} px a side</translation>
    </message>
    <message>
        <source>is {size} KB; pictures are limited to {limit} KB</source>
        <translation>is {size} KB; pictures are limited to {limit} KB</translation>
    </message>
    <message>
        <source>is not an SVG picture (its root is &lt;{tag}&gt;)</source>
        <translation>is not an SVG picture (its root is &lt;{tag}&gt;)</translation>
    </message>
    <message>
        <source>is not an SVG picture</source>
        <translation>is not an SVG picture</translation>
    </message>
    <message>
        <source>nests references {depth} deep; at most {limit} are drawn</source>
        <translation>nests references {depth} deep; at most {limit} are drawn</translation>
    </message>
    <message>
        <source>draws more than {limit} elements once its &lt;use&gt; references are followed</source>
        <translation>draws more than {limit} elements once its &lt;use&gt; references are followed</translation>
    </message>
    <message>
        <source>is larger than {limit} KB, the limit for pictures</source>
        <translation>is larger than {limit} KB, the limit for pictures</translation>
    </message>
    <message>
        <source>is not a regular file (a folder, a pipe or a device?)</source>
        <translation>is not a regular file (a folder, a pipe or a device?)</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <source>picture not shown: it {reason}</source>
        <translation>picture not shown: it {reason}</translation>
    </message>
    <message>
        <source>picture not shown: {picture} {reason}</source>
        <translation>picture not shown: {picture} {reason}</translation>
    </message>
    <message>
        <source>picture not shown: no file named {picture} beside the routine (in {folder}) nor among Supple&apos;s own pictures; the step is shown without it</source>
        <translation>picture not shown: no file named {picture} beside the routine (in {folder}) nor among Supple&apos;s own pictures; the step is shown without it</translation>
    </message>
    <message>
        <source>{picture} is not an SVG picture (pictures are .svg files)</source>
        <translation>{picture} is not an SVG picture (pictures are .svg files)</translation>
    </message>
    <message>
        <source>could not copy {picture} beside the routine: {reason}</source>
        <translation>could not copy {picture} beside the routine: {reason}</translation>
    </message>
    <message>
        <source>too many pictures called {name} beside the routine</source>
        <translation>too many pictures called {name} beside the routine</translation>
    </message>
    <message>
        <source>too many backups of {file} this second</source>
        <translation>too many backups of {file} this second</translation>
    </message>
    <message>
        <source>{file} was not deleted: {reason}</source>
        <translation>{file} was not deleted: {reason}</translation>
    </message>
    <message>
        <source>{file} was not brought back: a routine file of that name was written since</source>
        <translation>{file} was not brought back: a routine file of that name was written since</translation>
    </message>
    <message>
        <source>{file} was not brought back: {reason}</source>
        <translation>{file} was not brought back: {reason}</translation>
    </message>
    <message>
        <source>is larger than {limit} MB: not a shared routine</source>
        <translation>is larger than {limit} MB: not a shared routine</translation>
    </message>
    <message>
        <source>is larger than {limit} KB, the limit for a routine file</source>
        <translation>is larger than {limit} KB, the limit for a routine file</translation>
    </message>
    <message>
        <source>has an entry with no name</source>
        <translation>has an entry with no name</translation>
    </message>
    <message>
        <source>has an entry with an absolute path; a shared routine&apos;s files are all at the top</source>
        <translation>has an entry with an absolute path; a shared routine&apos;s files are all at the top</translation>
    </message>
    <message>
        <source>has an entry that points outside the folder it is unpacked in (..)</source>
        <translation>has an entry that points outside the folder it is unpacked in (..)</translation>
    </message>
    <message>
        <source>has an entry in a folder; a shared routine&apos;s files are all at the top</source>
        <translation>has an entry in a folder; a shared routine&apos;s files are all at the top</translation>
    </message>
    <message>
        <source>has an entry whose name is not a plain file name</source>
        <translation>has an entry whose name is not a plain file name</translation>
    </message>
    <message>
        <source>has an entry that is a symbolic link</source>
        <translation>has an entry that is a symbolic link</translation>
    </message>
    <message>
        <source>has an entry that is not a regular file</source>
        <translation>has an entry that is not a regular file</translation>
    </message>
    <message>
        <source>has an encrypted entry</source>
        <translation>has an encrypted entry</translation>
    </message>
    <message>
        <source>has an entry packed with a method other than deflate</source>
        <translation>has an entry packed with a method other than deflate</translation>
    </message>
    <message>
        <source>is not a zip file that can be read ({reason})</source>
        <translation>is not a zip file that can be read ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>has %n entries; a shared routine has at most {limit} (the routine and its pictures)</source>
        <translation>
            <numerusform>has %n entry; a shared routine has at most {limit} (the routine and its pictures)</numerusform>
            <numerusform>has %n entries; a shared routine has at most {limit} (the routine and its pictures)</numerusform>
        </translation>
    </message>
    <message>
        <source>has two entries of this name</source>
        <translation>has two entries of this name</translation>
    </message>
    <message>
        <source>declares {size} bytes unpacked, more than the {limit} KB such a file may have</source>
        <translation>declares {size} bytes unpacked, more than the {limit} KB such a file may have</translation>
    </message>
    <message>
        <source>declares more than {limit} MB unpacked: not a shared routine</source>
        <translation>declares more than {limit} MB unpacked: not a shared routine</translation>
    </message>
    <message>
        <source>holds no routine (.yaml)</source>
        <translation>holds no routine (.yaml)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n routine(s); a shared zip holds one</source>
        <translation>
            <numerusform>holds %n routine; a shared zip holds one</numerusform>
            <numerusform>holds %n routines; a shared zip holds one</numerusform>
        </translation>
    </message>
    <message>
        <source>is neither the routine nor a picture it names</source>
        <translation>is neither the routine nor a picture it names</translation>
    </message>
    <message>
        <source>is a picture that cannot be shown: it {reason}</source>
        <translation>is a picture that cannot be shown: it {reason}</translation>
    </message>
    <message>
        <source>is damaged or does not hold what it declares ({reason})</source>
        <translation>is damaged or does not hold what it declares ({reason})</translation>
    </message>
    <message>
        <source>does not hold the {size} bytes it declares</source>
        <translation>does not hold the {size} bytes it declares</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported. Give --rename to add this one under a new name</source>
        <translation>{reason}; nothing was imported. Give --rename to add this one under a new name</translation>
    </message>
    <message>
        <source>{file} exists already; nothing was written. Choose another name, or remove that file first</source>
        <translation>{file} exists already; nothing was written. Choose another name, or remove that file first</translation>
    </message>
    <message>
        <source>{file}: give the file a name ending in .yaml or .zip</source>
        <translation>{file}: give the file a name ending in .yaml or .zip</translation>
    </message>
    <message>
        <source>{routine} has pictures of its own ({pictures}): export it as a .zip to take them along</source>
        <translation>{routine} has pictures of its own ({pictures}): export it as a .zip to take them along</translation>
    </message>
    <message>
        <source>{file}: {problem}; fix or remove the picture before sharing the routine</source>
        <translation>{file}: {problem}; fix or remove the picture before sharing the routine</translation>
    </message>
    <message>
        <source>{file} exists already</source>
        <translation>{file} exists already</translation>
    </message>
    <message>
        <source>a routine called {name} is in the library already</source>
        <translation>a routine called {name} is in the library already</translation>
    </message>
    <message>
        <source>a routine with the id {id} is in the library already</source>
        <translation>a routine with the id {id} is in the library already</translation>
    </message>
    <message>
        <source>a different picture called {picture} is beside your routines already</source>
        <translation>a different picture called {picture} is beside your routines already</translation>
    </message>
    <message>
        <source>a different picture called {picture} is among Supple&apos;s own already</source>
        <translation>a different picture called {picture} is among Supple&apos;s own already</translation>
    </message>
    <message>
        <source>Add a timed hold</source>
        <translation>Add a timed hold</translation>
    </message>
    <message>
        <source>Add a hold on each side</source>
        <translation>Add a hold on each side</translation>
    </message>
    <message>
        <source>Add reps with tempo</source>
        <translation>Add reps with tempo</translation>
    </message>
    <message>
        <source>Add a rest</source>
        <translation>Add a rest</translation>
    </message>
    <message>
        <source>Add a metronome drill</source>
        <translation>Add a metronome drill</translation>
    </message>
    <message>
        <source>Add a block of rounds</source>
        <translation>Add a block of rounds</translation>
    </message>
    <message>
        <source>a step can go at positions 1 to {last} of its block</source>
        <translation>a step can go at positions 1 to {last} of its block</translation>
    </message>
    <message>
        <source>a step can go at positions 1 to {last} of the routine</source>
        <translation>a step can go at positions 1 to {last} of the routine</translation>
    </message>
    <message>
        <source>this is the block&apos;s only step: a block needs at least one, so remove the block instead</source>
        <translation>this is the block&apos;s only step: a block needs at least one, so remove the block instead</translation>
    </message>
    <message>
        <source>this is the routine&apos;s only step: a routine needs at least one</source>
        <translation>this is the routine&apos;s only step: a routine needs at least one</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplicate step</translation>
    </message>
    <message>
        <source>a block cannot be moved into itself</source>
        <translation>a block cannot be moved into itself</translation>
    </message>
    <message>
        <source>the step is already there</source>
        <translation>the step is already there</translation>
    </message>
    <message>
        <source>the step cannot be moved there</source>
        <translation>the step cannot be moved there</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Move step</translation>
    </message>
    <message>
        <source>this is already the first step of its block</source>
        <translation>this is already the first step of its block</translation>
    </message>
    <message>
        <source>this is already the first step of the routine</source>
        <translation>this is already the first step of the routine</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Move step up</translation>
    </message>
    <message>
        <source>this is already the last step of its block</source>
        <translation>this is already the last step of its block</translation>
    </message>
    <message>
        <source>this is already the last step of the routine</source>
        <translation>this is already the last step of the routine</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Move step down</translation>
    </message>
    <message>
        <source>there is no block just above this step to move it into</source>
        <translation>there is no block just above this step to move it into</translation>
    </message>
    <message>
        <source>Move step into block</source>
        <translation>Move step into block</translation>
    </message>
    <message>
        <source>this step is not in a block</source>
        <translation>this step is not in a block</translation>
    </message>
    <message>
        <source>Move step out of block</source>
        <translation>Move step out of block</translation>
    </message>
    <message>
        <source>a list of steps needs at least one step</source>
        <translation>a list of steps needs at least one step</translation>
    </message>
    <message>
        <source>the steps there are written on one line ([...]); write them as a list of &apos;- &apos; lines to move a step of several lines in</source>
        <translation>the steps there are written on one line ([...]); write them as a list of &apos;- &apos; lines to move a step of several lines in</translation>
    </message>
    <message>
        <source>{field} is not a list of steps</source>
        <translation>{field} is not a list of steps</translation>
    </message>
    <message>
        <source>a step is written after another dash on the same line (&apos;- - &apos;); put each step on a line of its own</source>
        <translation>a step is written after another dash on the same line (&apos;- - &apos;); put each step on a line of its own</translation>
    </message>
    <message>
        <source>up</source>
        <comment>a tempo phase</comment>
        <translation>up</translation>
    </message>
    <message>
        <source>down</source>
        <comment>a tempo phase</comment>
        <translation>down</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>a tempo phase</comment>
        <translation>hold</translation>
    </message>
    <message>
        <source>pause</source>
        <comment>a tempo phase</comment>
        <translation>pause</translation>
    </message>
    <message>
        <source>forward</source>
        <comment>a tempo phase</comment>
        <translation>forward</translation>
    </message>
    <message>
        <source>back</source>
        <comment>a tempo phase</comment>
        <translation>back</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) of {steps}</source>
        <translation>
            <numerusform>%n round of {steps}</numerusform>
            <numerusform>%n rounds of {steps}</numerusform>
        </translation>
    </message>
    <message>
        <source>{duration} rest between</source>
        <translation>{duration} rest between</translation>
    </message>
    <message>
        <source>{duration} rest</source>
        <translation>{duration} rest</translation>
    </message>
    <message>
        <source>{duration} {phase}</source>
        <comment>a tempo phase&apos;s time</comment>
        <translation>{duration} {phase}</translation>
    </message>
    <message>
        <source>{duration} a rep</source>
        <translation>{duration} a rep</translation>
    </message>
    <message>
        <source>{offset} of your cadence</source>
        <translation>{offset} of your cadence</translation>
    </message>
    <message>
        <source>{beats} bpm</source>
        <translation>{beats} bpm</translation>
    </message>
    <message>
        <source>Timed hold</source>
        <translation>Timed hold</translation>
    </message>
    <message>
        <source>Hold on each side</source>
        <translation>Hold on each side</translation>
    </message>
    <message>
        <source>Reps with tempo</source>
        <translation>Reps with tempo</translation>
    </message>
    <message>
        <source>Metronome drill</source>
        <translation>Metronome drill</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>{typed}: minutes after the first &apos;:&apos; must be under 60 (e.g. 1:05:00)</source>
        <translation>{typed}: minutes after the first &apos;:&apos; must be under 60 (e.g. 1:05:00)</translation>
    </message>
    <message>
        <source>{typed}: write the seconds after &apos;:&apos; as two digits under 60, e.g. 1:30 or 0:45</source>
        <translation>{typed}: write the seconds after &apos;:&apos; as two digits under 60, e.g. 1:30 or 0:45</translation>
    </message>
    <message>
        <source>type a duration, e.g. 30s, 1m30s, 1:30 or 90</source>
        <translation>type a duration, e.g. 30s, 1m30s, 1:30 or 90</translation>
    </message>
    <message>
        <source>the file must hold one YAML document only; remove the extra &apos;---&apos; section</source>
        <translation>the file must hold one YAML document only; remove the extra &apos;---&apos; section</translation>
    </message>
    <message>
        <source>this line has no &apos;:&apos; after its key; write it as &apos;key: value&apos;, for example &apos;hold: 30s&apos;</source>
        <translation>this line has no &apos;:&apos; after its key; write it as &apos;key: value&apos;, for example &apos;hold: 30s&apos;</translation>
    </message>
    <message>
        <source>a quotation mark opened here is never closed</source>
        <translation>a quotation mark opened here is never closed</translation>
    </message>
    <message>
        <source>a tab is used for indenting; YAML indents with spaces only</source>
        <translation>a tab is used for indenting; YAML indents with spaces only</translation>
    </message>
    <message>
        <source>a value cannot start with {character}; put the text in quotes, for example &quot;{character_itself}…&quot;</source>
        <translation>a value cannot start with {character}; put the text in quotes, for example &quot;{character_itself}…&quot;</translation>
    </message>
    <message>
        <source>a value cannot start with this character; put the text in quotes, for example &quot;…&quot;</source>
        <translation>a value cannot start with this character; put the text in quotes, for example &quot;…&quot;</translation>
    </message>
    <message>
        <source>a &apos;:&apos; where it cannot be: the line is indented more than the one above it, or a text holds &apos;: &apos; and needs quotes</source>
        <translation>a &apos;:&apos; where it cannot be: the line is indented more than the one above it, or a text holds &apos;: &apos; and needs quotes</translation>
    </message>
    <message>
        <source>this line is not indented like the lines above it: items of one list or keys of one step start in the same column</source>
        <translation>this line is not indented like the lines above it: items of one list or keys of one step start in the same column</translation>
    </message>
    <message>
        <source>the {opener} opened here is never closed with {closer}, or an item in it is missing a &apos;,&apos;</source>
        <translation>the {opener} opened here is never closed with {closer}, or an item in it is missing a &apos;,&apos;</translation>
    </message>
    <message>
        <source>a value starting with &apos;*&apos; refers to an anchor that is not defined; a text starting with &apos;*&apos; needs quotes</source>
        <translation>a value starting with &apos;*&apos; refers to an anchor that is not defined; a text starting with &apos;*&apos; needs quotes</translation>
    </message>
    <message>
        <source>invalid YAML</source>
        <translation>invalid YAML</translation>
    </message>
    <message>
        <source>more than {limit} problems; stopped reading</source>
        <translation>more than {limit} problems; stopped reading</translation>
    </message>
    <message>
        <source>file is {size} bytes; programme files are limited to {limit} bytes ({limit_kb} KB)</source>
        <translation>file is {size} bytes; programme files are limited to {limit} bytes ({limit_kb} KB)</translation>
    </message>
    <message>
        <source>file is {size} bytes; routine files are limited to {limit} bytes ({limit_kb} KB)</source>
        <translation>file is {size} bytes; routine files are limited to {limit} bytes ({limit_kb} KB)</translation>
    </message>
    <message>
        <source>file is not UTF-8 text</source>
        <translation>file is not UTF-8 text</translation>
    </message>
    <message>
        <source>save it as UTF-8</source>
        <translation>save it as UTF-8</translation>
    </message>
    <message>
        <source>file contains a NUL byte; is it a binary file?</source>
        <translation>file contains a NUL byte; is it a binary file?</translation>
    </message>
    <message>
        <source>YAML syntax: {problem}</source>
        <translation>YAML syntax: {problem}</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <source>a mapping with supple, name, steps</source>
        <translation>a mapping with supple, name, steps</translation>
    </message>
    <message>
        <source>file expands to more than {limit} values (aliases repeated too often?)</source>
        <translation>file expands to more than {limit} values (aliases repeated too often?)</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>nested more than {limit} levels deep</translation>
    </message>
    <message>
        <source>tag {tag} is not allowed</source>
        <translation>tag {tag} is not allowed</translation>
    </message>
    <message>
        <source>plain text, numbers, true/false</source>
        <translation>plain text, numbers, true/false</translation>
    </message>
    <message>
        <source>a number of {digits} digits is far too large</source>
        <translation>a number of {digits} digits is far too large</translation>
    </message>
    <message>
        <source>{value} cannot be read as a number</source>
        <translation>{value} cannot be read as a number</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are not supported</source>
        <translation>merge keys (&lt;&lt;) are not supported</translation>
    </message>
    <message>
        <source>keys must be words</source>
        <translation>keys must be words</translation>
    </message>
    <message>
        <source>write each key out</source>
        <translation>write each key out</translation>
    </message>
    <message>
        <source>duplicate key {key} (first given on line {line})</source>
        <translation>duplicate key {key} (first given on line {line})</translation>
    </message>
    <message>
        <source>unsupported YAML node</source>
        <translation>unsupported YAML node</translation>
    </message>
    <message>
        <source>the file does not hold a mapping</source>
        <translation>the file does not hold a mapping</translation>
    </message>
    <message>
        <source>{field} is not a mapping</source>
        <translation>{field} is not a mapping</translation>
    </message>
    <message>
        <source>{field} is shared with another place through a YAML anchor (&amp;name, *name); change it in the text view</source>
        <translation>{field} is shared with another place through a YAML anchor (&amp;name, *name); change it in the text view</translation>
    </message>
    <message>
        <source>{field} is not in the file</source>
        <translation>{field} is not in the file</translation>
    </message>
    <message>
        <source>the routine needs at least one key</source>
        <translation>the routine needs at least one key</translation>
    </message>
    <message>
        <source>{field} needs at least one key</source>
        <translation>{field} needs at least one key</translation>
    </message>
    <message>
        <source>{value} cannot be written as a YAML number</source>
        <translation>{value} cannot be written as a YAML number</translation>
    </message>
    <message>
        <source>{value} cannot be written as YAML text</source>
        <translation>{value} cannot be written as YAML text</translation>
    </message>
    <message>
        <source>type {number}</source>
        <comment>a FIT file&apos;s type</comment>
        <translation>type {number}</translation>
    </message>
    <message>
        <source>is damaged: its header&apos;s checksum does not match the content</source>
        <translation>is damaged: its header&apos;s checksum does not match the content</translation>
    </message>
    <message>
        <source>is damaged: its checksum does not match the content</source>
        <translation>is damaged: its checksum does not match the content</translation>
    </message>
    <message numerus="yes">
        <source>is cut short: it ends at byte {offset}, inside a part of %n byte(s)</source>
        <translation>
            <numerusform>is cut short: it ends at byte {offset}, inside a part of %n byte</numerusform>
            <numerusform>is cut short: it ends at byte {offset}, inside a part of %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>is damaged: what follows its FIT data is not FIT ({reason})</source>
        <translation>is damaged: what follows its FIT data is not FIT ({reason})</translation>
    </message>
    <message>
        <source>is damaged at byte {offset}: {reason}</source>
        <translation>is damaged at byte {offset}: {reason}</translation>
    </message>
    <message>
        <source>could not be decoded ({error}: {reason})</source>
        <translation>could not be decoded ({error}: {reason})</translation>
    </message>
    <message>
        <source>is a FIT {kinds} file, not an activity</source>
        <translation>is a FIT {kinds} file, not an activity</translation>
    </message>
    <message>
        <source>has no session and no timed record: when the run was is not known</source>
        <translation>has no session and no timed record: when the run was is not known</translation>
    </message>
    <message>
        <source>session {number} has no start time</source>
        <translation>session {number} has no start time</translation>
    </message>
    <message>
        <source>session {number} has no duration</source>
        <translation>session {number} has no duration</translation>
    </message>
    <message>
        <source>a track point has no {attribute}</source>
        <translation>a track point has no {attribute}</translation>
    </message>
    <message>
        <source>a track point&apos;s {attribute} is not between {low} and {high}: {value}</source>
        <translation>a track point&apos;s {attribute} is not between {low} and {high}: {value}</translation>
    </message>
    <message>
        <source>a track point&apos;s time</source>
        <translation>a track point&apos;s time</translation>
    </message>
    <message>
        <source>its track points have no time, so when the run was is not known</source>
        <translation>its track points have no time, so when the run was is not known</translation>
    </message>
    <message>
        <source>its track has no points</source>
        <translation>its track has no points</translation>
    </message>
    <message>
        <source>has no track: routes and waypoints are not runs</source>
        <translation>has no track: routes and waypoints are not runs</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is not a FIT file: it has no FIT header</source>
        <translation>is not a FIT file: it has no FIT header</translation>
    </message>
    <message>
        <source>is not a GPX, TCX or FIT file</source>
        <translation>is not a GPX, TCX or FIT file</translation>
    </message>
    <message>
        <source>a GPX or TCX file</source>
        <translation>a GPX or TCX file</translation>
    </message>
    <message>
        <source>a run cannot last {seconds} s</source>
        <translation>a run cannot last {seconds} s</translation>
    </message>
    <message>
        <source>a run cannot cover {metres} m</source>
        <translation>a run cannot cover {metres} m</translation>
    </message>
    <message>
        <source>a lap has no {attribute}</source>
        <translation>a lap has no {attribute}</translation>
    </message>
    <message>
        <source>a lap&apos;s {element}</source>
        <translation>a lap&apos;s {element}</translation>
    </message>
    <message>
        <source>a lap has no {element}</source>
        <translation>a lap has no {element}</translation>
    </message>
    <message>
        <source>an activity has no lap</source>
        <translation>an activity has no lap</translation>
    </message>
    <message>
        <source>has no activity: courses and workouts are not runs</source>
        <translation>has no activity: courses and workouts are not runs</translation>
    </message>
    <message>
        <source>declares or refers to XML entities, which a GPX or TCX file never needs; it is not read (such a file can be built to exhaust memory or to read other files)</source>
        <translation>declares or refers to XML entities, which a GPX or TCX file never needs; it is not read (such a file can be built to exhaust memory or to read other files)</translation>
    </message>
    <message>
        <source>is not {formats}: its first element is &lt;{element}&gt;</source>
        <translation>is not {formats}: its first element is &lt;{element}&gt;</translation>
    </message>
    <message>
        <source>is not well-formed XML: {reason}</source>
        <translation>is not well-formed XML: {reason}</translation>
    </message>
    <message>
        <source>{what} is not a date and time: {value}</source>
        <translation>{what} is not a date and time: {value}</translation>
    </message>
    <message>
        <source>{what} is not a number of 0 or more: {value}</source>
        <translation>{what} is not a number of 0 or more: {value}</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>a named pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{kilobytes} KB</source>
        <translation>{kilobytes} KB</translation>
    </message>
    <message>
        <source>{file} is {kind}, not a regular file</source>
        <translation>{file} is {kind}, not a regular file</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file</source>
        <translation>is {kind}, not a regular file</translation>
    </message>
    <message>
        <source>{file} is {size}; at most {limit} is read</source>
        <translation>{file} is {size}; at most {limit} is read</translation>
    </message>
    <message>
        <source>is {size}; at most {limit} is read</source>
        <translation>is {size}; at most {limit} is read</translation>
    </message>
    <message>
        <source>{file} grew past {limit} while it was read</source>
        <translation>{file} grew past {limit} while it was read</translation>
    </message>
    <message>
        <source>grew past {limit} while it was read</source>
        <translation>grew past {limit} while it was read</translation>
    </message>
    <message>
        <source>{setting}: expected a number, got {value}</source>
        <translation>{setting}: expected a number, got {value}</translation>
    </message>
    <message>
        <source>{setting}: must be between {low} and {high}, got {value}</source>
        <translation>{setting}: must be between {low} and {high}, got {value}</translation>
    </message>
    <message>
        <source>{setting}: expected true or false, got {value}</source>
        <translation>{setting}: expected true or false, got {value}</translation>
    </message>
    <message>
        <source>expected an object of settings, got {type}</source>
        <translation>expected an object of settings, got {type}</translation>
    </message>
    <message>
        <source>{setting}: expected one of {choices}, got {value}</source>
        <translation>{setting}: expected one of {choices}, got {value}</translation>
    </message>
    <message>
        <source>{setting}: expected an object, got {type}</source>
        <translation>{setting}: expected an object, got {type}</translation>
    </message>
    <message>
        <source>Settings could not be read ({reason}); defaults are in use. The old file was kept as {backup}.</source>
        <translation>Settings could not be read ({reason}); defaults are in use. The old file was kept as {backup}.</translation>
    </message>
    <message>
        <source>Settings could not be read ({reason}); defaults are in use.</source>
        <translation>Settings could not be read ({reason}); defaults are in use.</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}</source>
        <translation>Settings could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>not a request of this version of Supple</source>
        <translation>not a request of this version of Supple</translation>
    </message>
    <message>
        <source>unknown request</source>
        <translation>unknown request</translation>
    </message>
    <message>
        <source>a routine needs an id, a path and whether it is built in</source>
        <translation>a routine needs an id, a path and whether it is built in</translation>
    </message>
    <message>
        <source>a week is a programme, an entry and a week number</source>
        <translation>a week is a programme, an entry and a week number</translation>
    </message>
    <message>
        <source>not an answer from Supple</source>
        <translation>not an answer from Supple</translation>
    </message>
    <message>
        <source>Supple (process {pid})</source>
        <translation>Supple (process {pid})</translation>
    </message>
    <message>
        <source>{socket} belongs to another user; not used</source>
        <translation>{socket} belongs to another user; not used</translation>
    </message>
    <message>
        <source>{app} is already open for this data folder but does not answer; close it (or end that process) and try again</source>
        <translation>{app} is already open for this data folder but does not answer; close it (or end that process) and try again</translation>
    </message>
    <message>
        <source>could not reach the open {app}: {why}</source>
        <translation>could not reach the open {app}: {why}</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>the open {app} did not answer ({why})</source>
        <translation>the open {app} did not answer ({why})</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>the connection closed</translation>
    </message>
    <message>
        <source>the answer is too long</source>
        <translation>the answer is too long</translation>
    </message>
    <message>
        <source>supple: a second start cannot reach this window ({why})</source>
        <translation>supple: a second start cannot reach this window ({why})</translation>
    </message>
    <message>
        <source>not understood: {why}</source>
        <translation>not understood: {why}</translation>
    </message>
    <message>
        <source>the open window could not do it (see its error output)</source>
        <translation>the open window could not do it (see its error output)</translation>
    </message>
    <message>
        <source>{programme} has changed since: run `supple run --due` again</source>
        <translation>{programme} has changed since: run `supple run --due` again</translation>
    </message>
    <message>
        <source>week {week} of {programme} does not fit {routine}: {why}</source>
        <translation>week {week} of {programme} does not fit {routine}: {why}</translation>
    </message>
    <message>
        <source>the open Supple window was brought to the front</source>
        <translation>the open Supple window was brought to the front</translation>
    </message>
    <message>
        <source>{routine} started in the open Supple window</source>
        <translation>{routine} started in the open Supple window</translation>
    </message>
    <message>
        <source>{routine} was not started: a routine is under way in the open Supple window (finish or stop it first)</source>
        <translation>{routine} was not started: a routine is under way in the open Supple window (finish or stop it first)</translation>
    </message>
    <message>
        <source>supple: the window did not answer for {seconds} s; what it was doing then:
{stack}</source>
        <translation>supple: the window did not answer for {seconds} s; what it was doing then:
{stack}</translation>
    </message>
    <message>
        <source>took more than {ms} ms to draw, so it was given up</source>
        <translation>took more than {ms} ms to draw, so it was given up</translation>
    </message>
    <message>
        <source>could not be drawn by Qt</source>
        <translation>could not be drawn by Qt</translation>
    </message>
</context>
</TS>
