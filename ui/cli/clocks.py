"""``deadline --clock list``: every clock the command offers, with its article
and what it is.  The words of each clock (what ``--event`` stands for, a
one-line description) are keyed by the names of ``app.rules.CLI_CLOCKS``,
which declares the clocks themselves."""
from __future__ import annotations

import json

from app.rules import CLI_CLOCKS, CliClock, Clock, Count

# name: (what --event is for it, one line on the clock)
WORDS: dict[str, tuple[str, str]] = {
    "final": ("registration day",
              "the final term of --kind: 15 working days (76.1), complaint 20 (99), petition 20 (90-5.1.2)"),
    "forward": ("day of receipt",
                "forward an appeal that is not ours to the competent body: 3 working days from receipt"),
    "forward-now": ("day content on a crime or a threat to security was noted",
                    "send it to the competent body at once, never return it"),
    "return": ("day the period to correct ran out",
               "return an appeal not corrected in time: 3 working days"),
    "extension-notice": ("day the extension was decided",
                         "tell the participant of the extension: 3 working days"),
    "termination-notice": ("day the termination was decided",
                           "tell the participant of the termination: 3 working days"),
    "recusal-decision": ("day the recusal was declared", "decide the recusal: 3 working days"),
    "recusal-notice": ("day the recusal was decided",
                       "tell the participant of the recusal decision: 2 working days"),
    "act-earliest": ("day the participant received the hearing notice",
                     "the earliest day for the act after the hearing notice (not a duty): 3 working days"),
    "objection": ("day the participant received the hearing notice",
                  "the participant's period to object to the preliminary decision: 2 working days"),
    "oral-motion": ("day the participant received the hearing notice",
                    "the participant's period to ask to be heard orally: 2 working days"),
    "protocol": ("day the oral hearing ended", "draw up and sign the hearing protocol: 2 working days"),
    "remarks": ("day the participant read the protocol",
                "the participant's period for remarks on the protocol: 3 working days"),
    "file-access": ("day access to the file was requested", "give access to the case file: 3 working days"),
    "correction": ("day the correction was requested",
                   "consider correcting a slip in the act: 3 working days"),
    "corrected-copy": ("day the act was corrected", "send the corrected copy: 3 working days"),
    "execution": ("day the act was delivered",
                  "execute the act: 5 working days unless the act says otherwise (--days)"),
    "complaint-forward": ("day the complaint was received",
                          "the challenged body sends the complaint on, or satisfies it: 3 working days"),
    "complaint-consideration": ("registration day",
                                "the complaint body considers the complaint: 20 working days"),
    "unconsidered-notice": ("day the complaint was left without consideration",
                            "tell the complainant it was left without consideration: 3 working days"),
    "remand": ("day the decision to send the complaint back was issued",
               "the complaint body sends the complaint back to the body complained of: 5 working days"),
    "reopened": ("day we learned the binding decision on the complaint (or the court's)",
                 "a case reopened by that decision: its own term (--days), else the office's "
                 "recorded default, 15 working days (100.4)"),
    "petition": ("registration day", "consider the petition: 20 working days"),
    "petition-invitation": ("day of the public discussion",
                            "invite the author and the interested persons: "
                            "by the 3rd working day BEFORE the discussion"),
    "petition-publication": ("day the petition was decided", "publish the decision: the next working day"),
    "filing": ("day the participant learned of the act or action",
               "the last day to file a complaint: 3 months, 6 with --act-without-route (92.1-1)"),
}


def event_words(spec: CliClock) -> str:
    return WORDS[spec.name][0]


def alternative(spec: CliClock) -> str:
    """The option that may stand for --event: the moment of receipt for a
    final term and forwarding (registration is worked out from it), the
    day learned for the filing term."""
    if spec.count == Count.FILING:
        return "--learned"
    if spec.count == Count.TERM or spec.clock == Clock.FORWARD:
        return "--received"
    return ""


def list_command(as_json: bool) -> int:
    rows = [{"clock": c.name, "article": f"АППК {c.article}",
             "event": WORDS[c.name][0] + (f" (or {alternative(c)})" if alternative(c) else ""),
             "description": WORDS[c.name][1]} for c in CLI_CLOCKS]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    width = max(len(r["clock"]) for r in rows)
    for r in rows:
        print(f"{r['clock']:<{width}}  {r['article']:<14}  {r['description']} (--event: {r['event']})")
    return 0
