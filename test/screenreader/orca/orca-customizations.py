# Orca loads this file from the preferences folder given with `orca -u DIR`.
# It writes each utterance that Orca sends to speech-dispatcher, and each cancel of the
# current utterance, to the file in ORCA_SPEECH_LOG, so tests can assert on what a
# screen-reader user hears. Lines are "<seconds since ORCA_SPEECH_T0>\t<SPEAK|STOP>\t<text>".
import os
import time

from orca import speechdispatcherfactory

LOG_PATH = os.environ["ORCA_SPEECH_LOG"]
T0 = float(os.environ.get("ORCA_SPEECH_T0", time.time()))
Server = speechdispatcherfactory.SpeechServer


def append(kind, text=""):
    line = "%.3f\t%s\t%s\n" % (time.time() - T0, kind, " ".join(str(text).split()))
    with open(LOG_PATH, "a", encoding="utf-8") as log:
        log.write(line)


# Wrap the methods only once, even if Orca loads this file again.
if not getattr(Server, "_inclusieplein_logged", False):
    speak_method = Server._speak
    cancel_method = Server._cancel

    def logged_speak(self, text, acss, **kwargs):
        append("SPEAK", text)
        return speak_method(self, text, acss, **kwargs)

    def logged_cancel(self):
        append("STOP")
        return cancel_method(self)

    Server._speak = logged_speak
    Server._cancel = logged_cancel
    Server._inclusieplein_logged = True
