"""Which paragraphs of running prose recommend, and which are titles.

A list item of a recommendations section is a proposal by its place; a paragraph of
prose is one only when it recommends: "we recommend", "should", "calls for",
"urges", "proposes", "it is essential that"...  A sentence that reports what an
instrument or a meeting said ("The resolution reaffirmed that Internet governance
should ...") does not recommend, nor does a relative clause ("recommendations which
should be made"), nor a question.  In a section that announces proposals, a weaker
modal ("could", "may") is a suggestion too.
"""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text

STRONG_RE = re.compile(
    r"\b(?:should|must|shall|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b"
    r"|\b(?:we|I)\s+(?:\w+\s+)?(?:recommend|propose|suggest|urge|call|encourage|invite|request|ask|support"
    r"|favou?r|advocate|insist|want|wish|would\s+like)\b"
    r"|\b(?:recommends|proposes|suggests|urges|calls\s+(?:for|upon|on)|encourages|invites|requests|advocates)\b"
    r"|\bit\s+is\s+(?:\w+\s+)?(?:recommended|proposed|suggested|essential|important|necessary|vital|crucial"
    r"|critical|urgent|imperative|time)\b"
    r"|\b(?:the|our)\s+(?:way\s+(?:out|forward)|solution|recommendation|proposal)\b[^.]{0,40}\bis\s+to\b"
    r"|\b(?:let\s+us|there\s+is\s+a\s+need|there\s+is\s+no\s+need)\b"
    r"|\b(?:WGEC|Working\s+Group|CSTD|Commission|Council|Assembly|[Ss]ecretariat|Chair|IGF|Forum|States|[Gg]overnments|"
    r"[Ss]takeholders|[Oo]rgani[sz]ations)\s+(?:is|are)\s+(?:hereby\s+|also\s+)?(?:invited|encouraged|requested|urged|"
    r"called\s+upon)\s+to\b"  # "The WGEC is invited to ...", not "Members are invited to send corrections"
    r"|\b(?:we|I)\s+would\s+(?:also\s+|warmly\s+|therefore\s+)?welcome\s+(?:a|an|the)\s+(?:\w+\s+)?(?:decision|"
    r"agreement|adoption|establishment|creation|commitment|initiative|step|move)s?\b", re.I)
# "we would like to share some reflections", "I would like to thank the Chair": what the writer does, no ask
OWN_ACT_RE = re.compile(r"(?:would\s+like|wish|want)\s+to\s+(?:\w+ly\s+)?(?:share|thank|express|take|offer|present|"
                        r"submit|contribute|highlight|reiterate|recall|stress|underline|emphasi[sz]e|note|make|"
                        r"provide|inform|welcome|congratulate|acknowledge|join|add|comment|begin|start|refer|"
                        r"draw|put\s+on\s+record)\b", re.I)
# what an instrument says, not the writer: "Paragraph 69 of the Tunis Agenda calls for ...", "Resolution 70/125
# recommends ..." (its third-person verb; "In line with the Tunis Agenda, the WGEC should ..." still proposes)
_INSTRUMENT = (r"\b(?:Agenda|Declaration|Plan\s+of\s+Action|[Rr]esolution(?:\s+[\w/.]+)?|[Pp]aragraphs?\s+\d+|Charter|"
               r"[Oo]utcome\s+[Dd]ocument|Commitment|[Dd]ocument)(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w ]{0,40}?)?")
INSTRUMENT_RE = re.compile(_INSTRUMENT + r"\s*$")
# (the instrument is the subject right before the verb: "Paragraph 69 of the Tunis Agenda calls for ...", not "In line
# with paragraph 69 of the Tunis Agenda, Brazil proposes ...")
INVERTED_IF_RE = re.compile(r"should\s+(?:you|we|they|it|there|the\s+need|any\s+\w+)\s", re.I)
ASK_AFTER_RE = re.compile(r"\b(?:recommend|propose|suggest|urge|call\s+(?:for|on|upon)|request|"
                          r"the\s+need\s+(?:for|to))", re.I)
# whom a chair or a secretariat asks to take part, not what it proposes: "invites members to consider this summary"
PROCEDURAL_RE = re.compile(r"\s+(?:all\s+)?(?:members|participants|delegations|contributors|respondents|colleagues)\b"
                           r"(?!\s+States)")
THIRD_PERSON_CUES = ("recommends", "proposes", "suggests", "urges", "calls", "encourages", "invites", "requests",
                     "advocates")
WEAK_RE = re.compile(r"\b(?:could|may|might|would)\b", re.I)
# "I would welcome the opportunity to discuss these ideas", "we would be glad to present ...": an offer, no proposal
OFFER_RE = re.compile(r"would\s+(?:welcome|appreciate|be\s+(?:glad|happy|pleased|delighted|honou?red))\b[^.]{0,40}?"
                      r"\bto\s+(?:discuss|present|elaborate|answer|share|explain|clarify|meet|engage|provide\s+further)\b",
                      re.I)
# "X reaffirmed that ...", "it was noted that ...", "according to ...": what others said
REPORTING_RE = re.compile(
    r"\b(?:reaffirmed|affirmed|recognized|recognised|stated|emphasized|emphasised|noted|agreed|acknowledged"
    r"|said|declared|decided|recalled|highlighted|stressed|underlined|observed|concluded|indicated|mentioned"
    r"|argued|expressed|pointed\s+out|according\s+to)\b", re.I)
# an instrument that says something: "Paragraph 71 of the Tunis Agenda provides that ... shall ..." (not "Member
# States")
INSTRUMENT_SAYS_RE = re.compile(_INSTRUMENT + r"\s+(?:provides|states|stipulates|says)\s+that\b")
FIRST_PERSON_RE = re.compile(r"\b(?:we|I|our|us)\b", re.I)
RELATIVE_RE = re.compile(r"\b(?:which|who|whom)\s+(?:\w+\s+)?$", re.I)
# "could not agree on whether a new body should be established": an open question, no one's proposal
WHETHER_RE = re.compile(r"\bwhether\b", re.I)
SENTENCE_RE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")  # another's words, quoted
# a one-sentence paragraph that only announces the proposals after it: "In my view the Working Group
# should do two things.", "We have three proposals:", "I would suggest the following."
ANNOUNCE_NOUNS = r"(?:things|proposals|recommendations|suggestions|steps|points|actions|measures|ideas|priorities)"
ANNOUNCES_RE = re.compile(
    rf"^[^.!?]*\b(?:(?:two|three|four|five|six|several|a\s+few)(?:\s+[\w-]+)?\s+{ANNOUNCE_NOUNS}"
    rf"|the\s+following(?:\s+{ANNOUNCE_NOUNS})?)"
    r"(?:\s+(?:for|to)\s+(?:the\s+)?(?:consideration|attention|Working\s+Group|WGEC|Group|CSTD)[^.!?:]{0,60})?\s*[.:]$",
    re.I)  # "... the following recommendations for the consideration of the Working Group:"
# a one-sentence paragraph about the table or list under it: "The table below sets out what we ask ...", "Our
# recommendations are set out below."
POINTS_BELOW_RE = re.compile(
    r"^(?:(?:the|a|this)\s+)?(?:following\s+)?(?:table|list|matrix|overview)\s+(?:below|that\s+follows|overleaf|"
    r"(?:sets?|lays?)\s+out|lists|summari[sz]es|shows)\b[^.!?]*[.:]$"
    r"|^[^.!?]*\b(?:are|is)\s+(?:set\s+out|listed|summari[sz]ed|presented|outlined)\s+(?:below|in\s+the\s+"
    r"(?:table|list)\s+below)\s*[.:]$", re.I)
# the last sentence of a paragraph that only leads into its list: "In brief, we recommend that:",
# "We call on the Working Group to:", "ICC proposes the following:"
LEAD_IN_RE = re.compile(
    r"(?:^|[.;]\s+)(?:(?:in\s+(?:brief|short|summary|conclusion)|therefore|accordingly|finally),?\s+)?"
    r"(?:(?:we|I|[A-Z][\w&()-]*(?:\s+[\w&()-]+){0,5})\s+)?(?:(?:would\s+like\s+to|hereby|therefore|further|also|"
    r"respectfully|strongly)\s+)*(?:recommend|propose|suggest|urge|call|invite|request|ask|encourage)s?"
    r"(?:\s+(?:on|upon)(?:\s+[\w-]+){1,6}\s+to(?:\s+(?:recommend|propose|agree|ensure)(?:\s+that)?)?"
    r"|\s+that|\s+the\s+following(?:\s+\w+)?)?\s*:$"
    # "We therefore ask the Working Group:", "We urge Member States to:", "We ask the Working Group to include the
    # following in its report:": whom it asks, then the list of what
    r"|(?:^|[.;]\s+)(?:(?:we|I|[A-Z][\w&()-]*(?:\s+[\w&()-]+){0,5})\s+)?(?:(?:therefore|further|also|respectfully|"
    r"strongly)\s+)*(?:ask|urge|invite|request)s?\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:Working\s+Group|WGEC|CSTD|"
    r"Commission|Chair|Group|members|States|stakeholders|governments)"
    r"(?:\s+to(?:\s+[\w-]+){0,2}?(?:\s+the\s+following(?:\s+[\w-]+){0,4})?)?\s*:$", re.I)
# a report's sentence that says what someone at the meeting said: "Several members proposed that ...",
# "In his opening remarks, the Chair noted ...", "Other participants were of the view that ..."
SPEECH_RE = re.compile(
    r"^(?:(?:In|At|During|Following|Upon|After)\s[^,]{1,80},\s+)?(?:the\s+|a\s+)?(?:(?:several|some|other|many|most|"
    r"few|a\s+few|a\s+number\s+of|one|two|three|various|all|a\s+majority\s+of)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:members?|participants?|delegations?|delegates?|representatives?|speakers?|panell?ists?|stakeholders?|"
    r"governments?|countries|states|chair(?:man|person|woman)?|vice-chairs?|co-chairs?|secretariat|group|"
    r"observers?|experts?|moderators?|commission|respondents?|contributors?|views|opinions)"
    r"(?:\s+(?:of|from|for|at|in)\s+(?:the\s+)?"
    r"(?:(?!\b(?:should|must|shall|will|would|could|may|be)\b)[\w ,()'’-]){1,60}?)?"
    r"(?:\s+(?:also|further|strongly|generally|then|"
    r"however|again|broadly|largely|widely|unanimously|continued\s+to))?\s+(?:noted|proposed|suggested|stressed|said|stated|recalled|emphasi[sz]ed|highlighted|"
    r"underlined|expressed|agreed|invited|welcomed|closed|opened|called|argued|felt|considered|believed|"
    r"pointed|requested|reiterated|questioned|supported|opposed|observed|indicated|mentioned|remarked|"
    r"cautioned|warned|recommended|shared|informed|reported|explained|presented|differ(?:ed)?|diverged|converged|(?:were|was)\s+of\s+the\s+view|"
    r"(?:took|held)\s+the\s+view)\b", re.I)
# "Paragraph 69 of the Tunis Agenda states:": what follows is a quotation, not the author's list
QUOTE_LEAD_RE = re.compile(
    r"\b(?:states?|stated|says|said|reads?|provides|provided|notes|noted|recogni[sz]es|recogni[sz]ed|affirms|"
    r"reaffirms|reaffirmed|stipulates|declares|declared|as\s+follows)\s*:$", re.I)
SMALL_WORDS = frozenset("of the and to for in on a an with by at from or as its their & de la".split())


# an operative paragraph that only takes note: "1. Takes note of the report ...", "2. Recognizes that ..."
ACKNOWLEDGES_RE = re.compile(r"^\W{0,3}(?:Takes\s+note|Notes|Recogni[sz]es|Welcomes|Acknowledges|Reaffirms|Recalls|"
                             r"Expresses|Commends|Appreciates|Thanks|Congratulates|Affirms)\b")


def only_offers(text: str) -> bool:
    """Whether a paragraph is one sentence offering more ("We would be pleased to discuss this response with the
    members."): a courtesy that closes an answer, not part of it.

    >>> only_offers("We would be pleased to discuss this response with members of the Working Group.")
    True
    """
    return OFFER_RE.search(text) is not None and len(SENTENCE_RE.findall(text.strip())) == 1


def only_acknowledges(text: str) -> bool:
    """Whether an operative paragraph of a resolution or a statement takes note, recognises or welcomes and asks
    for nothing (its numbered place does not make it a proposal).

    >>> only_acknowledges("Takes note of the report of the Chair of the Working Group;")
    True
    >>> only_acknowledges("Recognizes that all should contribute;"), only_acknowledges("Invites all to ...")
    (False, False)
    """
    return ACKNOWLEDGES_RE.match(text) is not None and not recommends(text)


def recommends(text: str, weak: bool = False) -> bool:
    """Whether a paragraph recommends: one of its sentences does (``weak``: a "could" or "may" is
    enough, as in a section headed as proposals).

    >>> recommends("We recommend that the IGF be strengthened.")
    True
    >>> recommends("The resolution A/70/125 reaffirmed that Internet governance should continue to follow it.")
    False
    >>> recommends("There is clear reference to recommendations which should be made by the forum.")
    False
    >>> recommends("HLPF, WSIS Forum, IGF could provide a platform."), recommends("IGF could provide it.", weak=True)
    (False, True)
    >>> recommends('Japan writes that "All stakeholders should respect the roles of existing mechanisms."')
    False
    >>> recommends("Kenya shares the view expressed in paragraph 68 that all governments should have an equal role.")
    False
    >>> recommends("I would welcome the opportunity to discuss these ideas.", weak=True)
    False
    >>> recommends("The Group could not agree on whether a new body should be established.")
    False
    >>> recommends("Some members were of the view that a new body should be created under the United Nations.")
    False
    >>> recommends("Paragraph 69 of the Tunis Agenda calls for enhanced cooperation to enable governments ...")
    False
    >>> recommends("The WGEC is invited to recommend that the CSTD maintain an online map.")
    True
    >>> recommends("The Chair invites members to consider it."), recommends("It invites Member States to act.")
    (False, True)
    >>> recommends("We would like to share some further reflections."), recommends("We would welcome a decision by "
    ...                                                                          "the CSTD to seek funding.")
    (False, True)
    """
    if '"' in text or "“" in text:
        text = QUOTED_RE.sub(lambda m: " " * len(m.group(0)), text)
    for m in SENTENCE_RE.finditer(text):
        sentence = m.group(0).strip()
        if not sentence or sentence.endswith("?"):
            continue
        if _sentence_recommends(sentence, weak):
            return True
    return False


def _sentence_recommends(sentence: str, weak: bool) -> bool:
    if SPEECH_RE.match(sentence):
        return False  # "Some members were of the view that a body should be created": what others said
    for cue in STRONG_RE.finditer(sentence):
        if cue.group(0).lower().startswith(THIRD_PERSON_CUES) and (
                INSTRUMENT_RE.search(sentence[:cue.start()]) or PROCEDURAL_RE.match(sentence, cue.end())
                and re.search(r"\b(?:Chair(?:man|person)?|[Ss]ecretariat)\s+$", sentence[:cue.start()])):
            continue  # the Tunis Agenda's call, cited; "The Chair invites members to send comments"
        if (own := OWN_ACT_RE.search(sentence, cue.start())) is not None and own.start() < cue.end() \
                and not ASK_AFTER_RE.search(sentence, own.end()):
            continue  # "we would like to share ...": the writer's own act (not "... to take this opportunity to
            # recommend that ...")
        if INVERTED_IF_RE.match(sentence, cue.start()):
            continue  # "... should you wish to discuss these points": a condition, no ask
        if not _reported_or_relative(sentence, cue.start()):
            return True
    if weak:
        return any(not _reported_or_relative(sentence, cue.start()) and not OFFER_RE.match(sentence, cue.start())
                   for cue in WEAK_RE.finditer(sentence))
    return False


def _reported_or_relative(sentence: str, at: int) -> bool:
    """The cue at ``at`` is in a clause another speaker's (or an instrument's) verb governs, or in a relative clause."""
    before = sentence[:at]
    return REPORTING_RE.search(before) is not None or RELATIVE_RE.search(before) is not None or \
        WHETHER_RE.search(before) is not None or INSTRUMENT_SAYS_RE.search(before) is not None


def only_leads_in(text: str) -> bool:
    """Whether a paragraph ends by only leading into the list under it ("In brief, we recommend
    that:", "We call on the Working Group to:"): the list's items are the proposals, not the lead.

    >>> only_leads_in("ITI believes the Group can build on this. In brief, we recommend that:")
    True
    >>> only_leads_in("We call on the Working Group to:"), only_leads_in("ICC BASIS proposes the following:")
    (True, True)
    >>> only_leads_in("We call on the Working Group to recommend that:"), only_leads_in("Recommends that:")
    (True, True)
    >>> only_leads_in("We therefore ask the Working Group:"), only_leads_in("We urge Member States to:")
    (True, True)
    >>> only_leads_in("The WGEC should recommend that the existing institutions be strengthened, in particular:")
    False
    """
    return text.endswith(":") and LEAD_IN_RE.search(" ".join(text.split())) is not None


# a word that asks for something, in a paragraph leading into a list: "Our key asks:", "Our priorities are:"
ASKS_RE = re.compile(r"\b(?:recomm|propos|suggest|ask|call|urg|priorit|request|invit|encourag|demand|want|need|wish)",
                     re.I)


def asks_nothing(text: str) -> bool:
    """Whether a paragraph leading into a list asks for nothing ("Progress since Tunis:"): its items are
    proposals only if they themselves recommend.

    >>> asks_nothing("Progress since Tunis:"), asks_nothing("Our key asks:"), asks_nothing("We propose:")
    (True, False, False)
    >>> asks_nothing("The Working Group should:")
    False
    """
    return ASKS_RE.search(text) is None and not recommends(text) and not only_leads_in(text) \
        and not only_announces(text)


def only_announces(text: str) -> bool:
    """Whether a paragraph is one sentence that only announces the proposals that follow it.

    >>> only_announces("In my view the Working Group should do two things.")
    True
    >>> only_announces("We propose the following:")
    True
    >>> only_announces("The Working Group should do two things: map the issues and report on them.")
    False
    >>> only_announces("The CSTD should consult several stakeholders.")
    False
    >>> only_announces("The table below sets out what we ask of the Working Group and who should act.")
    True
    >>> only_announces("Our recommendations are set out below.")
    True
    """
    text = " ".join(text.split())
    return ANNOUNCES_RE.match(text) is not None or POINTS_BELOW_RE.match(text) is not None


def reports_speech(text: str) -> bool:
    """Whether a paragraph of a report opens by saying what someone at the meeting said, not what
    the report's author recommends.

    >>> reports_speech("Several members proposed that a new mechanism should be established.")
    True
    >>> reports_speech("In his opening remarks, the Chair noted that the Group had received 37 contributions.")
    True
    >>> reports_speech("The representative of the Internet Society stressed that the IGF matters.")
    True
    >>> reports_speech("The Commission may wish to consider how the process should continue.")
    False
    >>> reports_speech("Members broadly agreed on the following:"), reports_speech("Views continued to differ on:")
    (True, True)
    >>> reports_speech("Some participants at the first meeting of the WGEC suggested that a new body allocate them.")
    True
    """
    first = SENTENCE_RE.match(" ".join(text.split()))
    return first is not None and SPEECH_RE.match(first.group(0)) is not None


def reports_others(text: str) -> bool:
    """Whether a paragraph opens by reporting what an instrument, a meeting or others said
    ("The resolution A/70/125 reaffirmed that ...", "In para 35 it was reaffirmed that ...").

    >>> reports_others("The resolution A/70/125 reaffirmed that Internet governance should continue.")
    True
    >>> reports_others("We recall that the IGF should be strengthened."), reports_others("Fund the IGF.")
    (False, False)
    >>> reports_others("All stakeholders have essential roles, as recognized in paragraph 35 of the Tunis Agenda.")
    False
    """
    first = SENTENCE_RE.match(text.strip())
    if first is None:
        return False
    opening = " ".join(first.group(0).split()[:16])
    m = REPORTING_RE.search(opening)
    if m is not None and re.search(r"\bas\s+(?:\w+\s+)?$", opening[: m.start()]):
        return False  # "All stakeholders have roles, as recognized in paragraph 35": the writer's own citation
    return m is not None and FIRST_PERSON_RE.search(opening[: m.start()]) is None


def looks_like_title(text: str) -> bool:
    """A title standing as a paragraph: no closing punctuation, and most words capitalised.

    >>> looks_like_title("Draft Structure of Final Report of the Working Group on Enhanced Cooperation "
    ...                  "(WGEC) to Commission on Science & Technology for Development (Including Format of "
    ...                  "Recommendations)⁴")
    True
    >>> looks_like_title("The Group may make recommendations on ways to improve participation.")
    False
    """
    cleaned = clean_text(text)
    if not cleaned or cleaned.endswith((".", ";", ":", "!", "?", ",")):
        return False
    words = [w.strip("()[]\"“”'") for w in cleaned.split()]
    content = [w for w in words if w and w.lower() not in SMALL_WORDS and w[0].isalpha()]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised >= 0.75 * len(content)
