"""The shapes of attribution in news text, as regular expressions and word lists.

Each PATTERNS entry is (name, attribution type, confidence, regex); the suggester tries them in
order, so the most specific shapes come first. Named groups: `mention` (who), `appos` (an
apposition after it), `cue` (the verb), and `quote` or `content` (what was said).
"""

import re

from claims.text.sentences import WEEKDAY

# "Insurance claims for flood damage doubled": a noun, not a cue.
# The words after "claims" that make it a noun, and what one is "denied" when refused it: the
# parse (claims.suggest.syntax) reads the same lists.
NOUN_BEFORE = frozenset({"for", "of", "from", "against", "over", "by"})
REFUSED_THINGS = frozenset(
    {"bail", "entry", "access", "parole", "permission", "asylum", "treatment", "visa", "visas"}
)
_NOT_A_NOUN = (
    rf"(?!\s+(?:{'|'.join(sorted(NOUN_BEFORE))}|were|was|are|is|have|had|rose|fell|doubled|"
    # "… cheating claims against teenager": the noun, with what it is against
    r"jumped|against)\b)"
)
# "Climate activist denied bail": refused something, not denying anything.
_NOT_REFUSED = rf"(?!\s+(?:{'|'.join(sorted(REFUSED_THINGS))}|a\s+visa|the\s+right)\b)"
# "Harlow claimed a 2-1 win", "claimed her first national title": won, not said.
_NOT_WON = (
    r"(?!\s+(?:[\w'’-]+\s+){0,3}?(?:wins?|victories|titles?|crowns?|medals?|gold|silver|bronze|"
    r"trophy|trophies|cups?|championships?|points?|draws?|scalps?|prizes?|pole|treble|double|"
    r"hat-tricks?)\b)"
)
_NOT_PASSIVE = r"(?!\s+(?:for|over|by)\b)"
_NOT_DECLARED = (
    r"(?!\s+(?:an?\s+|the\s+|its\s+)?(?:mistrial|state\s+of|emergency|war|curfew|bankruptcy|"
    # "declared three days of national mourning"
    r"holiday|(?:(?!that\b)[\w-]+\s+){0,2}(?:days?|weeks?)\s+of|(?:national\s+)?mourning|"
    r"ceasefire|truce|martial\s+law|independence|(?:his|her|their)\s+candidacy)\b)"
)
# "compares the system to the way airlines price seats": a likening (not "rose 5% compared with
# a year earlier").
_COMPARES = r"(?:compares|compared)(?!\s+(?:with|to)\b)(?=\s+[^.;:,“”\"]{1,60}?\s+(?:to|with)\s)"
# "Council members argued on Tuesday over a resolution": a quarrel, not a claim.
_NOT_A_QUARREL = r"(?!(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:over|about|with|among|against)\b)"
# 'released a statement, which said in part, "…"': what the statement said.
_WHICH_SAID_IN_PART = r"which\s+(?:said|says|stated|read|reads)(?:\s+in\s+part)?"
# "The two sides traded blame": a noun, not a cue.
_NOT_TRADED = r"(?<!trade\s)(?<!trades\s)(?<!traded\s)(?<!trading\s)(?<!exchanged\s)"
# "Ransomware reportedly to blame for outage at hospital chain": the cause, not an accusation.
_NOT_TO_BLAME = r"(?<!\bto\s)(?<!\bTo\s)"
# "Dunholt Town warn fans after £6,000 fine": whom, and when; what they were warned of is not said.
# "a petition that says …", "a letter which stated …": what a document says, after its "that".
_WHICH_SAYS = r"(?:(?<=that\s)|(?<=which\s))(?:says|said|states|stated)"
WARNED_WHOM = r"[a-z]+s\s+(?:after|over|following|amid)\b"
_WARNS_SOMEONE = rf"(?!\s+{WARNED_WHOM})"
# "a letter", "another notice": a document the sentence gives no sender.
UNSIGNED_LETTER = r"(?i:an?|another)\s+(?:[a-z-]+\s+)?(?:letter|notice|leaflet|postcard|card)"
# "repeated his call for an immediate election": a call again, as "called for" is.
RENEWED_CALL = r"(?:repeated|renewed|reiterated)\s+(?:his|her|their|its)\s+calls?\s+for"
CUE_VERBS = (
    "claimed responsibility|introduced themselves by saying|said in a statement|told reporters|"
    "told journalists|called for|asked for|"
    f"{RENEWED_CALL}|"
    "called on|found(?=\\s+that\\b)|puts?(?=\\s+the\\s+(?:number|figure|toll|death\\s+toll|cost|total|damage|magnitude|losses|turnout)\\b)|puts?(?=\\s+(?:it|[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2})\\s+(?:on|at)\\s+(?:more\\s+than\\s+|about\\s+|around\\s+)?\\d)|"
    # "Ms Marsh put it to the defendant that he had never been chased": her case, to him.
    "put\\s+it\\s+to\\s+(?:(?:the|a|an)\\s+)?(?!vote\\b)[\\w'’-]+(?=\\s+that\\b)|"
    # "The survey … put Nigel Farage's party on 29%, Labour on 20% …"
    "puts?(?=\\s+[^.;:]{1,40}?\\s+on\\s+\\d{1,2}(?:\\.\\d)?\\s?(?:%|per\\s?cent\\b|percent\\b))|"
    # "A YouGov poll … put Labour 21 points ahead of the Conservatives"
    "puts?(?=\\s+[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2}\\s+(?:\\d[\\d.]*\\s+(?:percentage\\s+)?points?\\s+)?(?:ahead|behind|level)\\b)|calls on|describes itself as|described itself as|said|says|say|"
    f"claims{_NOT_A_NOUN}{_NOT_WON}|claim{_NOT_A_NOUN}{_NOT_WON}|alleged|alleges|allege|"
    # "Storm Bert has claimed the lives of three people": a storm's toll, not its word.
    rf"claimed(?!\s+(?:the\s+)?lives?\b){_NOT_WON}|"
    f"admitted|admits|confirmed|confirms|denied{_NOT_REFUSED}|denies|deny|insisted|insists|"
    f"warned{_WARNS_SOMEONE}|warns{_WARNS_SOMEONE}|"
    # "indicated to reporters last week that he was supportive"
    r"indicated(?=(?:\s+[\w'’-]+){0,5}?\s+that\b)|specified(?=\s+that\b)|"
    # "Preliminary results indicate the state laboratory also found …": a clause without "that"
    r"(?:indicate|indicates|indicated)(?=\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}?(?:also\s+)?"
    r"(?:has|have|had|was|were|is|are|would|will|could|may|might|found|showed)\b)|"
    "suggested|suggests|add(?:ed|s)(?!\\s+(?:\\d|(?:up|more|another|nearly|almost|roughly|over|a|an)\\b))|"
    # "Hosepipe ban announced for 2m homes": a headline's passive, not a cue
    f"announced{_NOT_PASSIVE}|announces|stated|states|reported|reports|"
    # "Panasonic would only state that …", not "the state that Biden won": the verb after a
    # modal or an adverb
    r"(?:(?<=\bonly\s)|(?<=\bwould\s)|(?<=\balso\s)|(?<=\bdid\s)|(?<=\bdoes\s))state(?=\s+that\b)|"
    # "Eyewitnesses report that the attack targeted the school": a plural's present, with "that"
    # (not "a newspaper report that …", "a news report that …": a noun)
    "(?<=[a-z]s )(?<!\\bnews )report(?=\\s+that\\b)|"
    # "A judge declared a mistrial", "declared a state of emergency": an act, not a word
    rf"declared{_NOT_DECLARED}|declares{_NOT_DECLARED}|"
    f"argued{_NOT_A_QUARREL}|argues{_NOT_A_QUARREL}|"
    "asserted|asserts|maintained|maintains|accused(?!\\s+of\\b[^.;]{0,120}?\\s(?:has|have|had|was|were|is|are)\\s)|accuses|disputed|"
    # "An estimated 2,000 people were told to leave": an adjective; "the bill estimated to cost
    # $1 trillion": a participle.
    r"disputes|(?<!\b[Aa]n\s)estimated(?!\s+to\s)|estimates|noted|notes|acknowledged|acknowledges|explained|explains|wrote|"
    # 'He went on to say "that at least half of the things Marco said are false."'
    # "He continues to say that immigration violations are …"
    r"(?:went\s+on|goes\s+on|continues|continued)\s+to\s+(?:say|argue|claim|insist|warn|add)|"
    # "Yuri Dmitrov … was reported as saying that …": his words, as relayed
    r"(?:was|were)\s+(?:reported|quoted)\s+as\s+(?:saying|telling\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+that\b)|"
    # "Cotton expressed his belief that Booker's decision is part of a ploy …"
    r"expressed\s+(?:his|her|their|its)\s+(?:belief|view|concern|hope|confidence|fear|worry)"
    r"(?=\s+that\b)|"
    # 'One day later, Clinton comments, "It's pretty strange …"': a quotation follows
    r"comment(?:s|ed)(?=[,:]\s*[“\"])|"
    # 'Pressed again, McConnell repeated: "I think we need to see the bill …"'
    r"repeat(?:s|ed)(?=[,:]\s*[“\"])|"
    "writes|stressed|stresses|vowed|vows|predicted|predicts|believes|"
    "reiterated|reiterates|countered|counters|conceded|concedes|promised|promises|pledged|pledges|"
    # "Prosecutors have revealed the identity of only one of the conspirators": who, not a claim
    r"revealed(?!\s+(?:the\s+)?(?:identity|identities|names?)\s+of\b)|"
    # "Ministers promise that children …", not "kept their promise"
    "promise(?=\\s+that\\b)|"
    # "Banning shared that the board received …", not "shared a video"
    "shared(?=\\s+that\\b)|"
    # "She recalled that …", not "Baby sleeping bags recalled over suffocation risk".
    "reveals|boasted|boasts|cautioned|cautions|pointed out|observed|"
    # "He points out the Council last summer voted in favor of …": a clause, with or without
    # its "that"
    r"points?\s+out(?=\s+that\b|\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:voted|was|were|is|are|"
    r"had|has|have)\b)|"
    "recalled(?=\\s+(?:that|how|being|seeing|hearing)\\b|\\s*[,:])|"
    # "Lonnie Bragg, a former Marine, tells how the bills are piling up": what he told of
    "(?:tells|told|describes|described)(?=\\s+how\\s+(?!(?:much|many|long|often|far)\\b))|"
    # "She concluded her speech by asking everyone to vote": an ending, not a finding.
    r"concluded(?!\s+(?:by|with|her|his|their|its|(?:the|a)\s+(?:speech|remarks|visit|meeting|"
    r"address|hearing|session|tour|talks|rally|event))\b)|"
    # "She shows that Norwegian officials …": an author's finding.
    "shows(?=\\s+that\\b)|showed(?=\\s+that\\b)|"
    # "Tixora compares the system to the way airlines price seats": a likening, with its verb
    # (not "rose 5% compared with a year earlier").
    rf"(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s){_COMPARES}|"
    # "It advised people to contact their card issuer": the advice, not "was advised to".
    # "County officials encourage everyone to be up to date …": a call, as advice is
    r"(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?:advised|encouraged)|advises|encourages|"
    r"(?<!\bto\s)encourage)"
    # ("advises anyone who may have measles to call …": whom, in up to six words)
    r"(?=(?:\s+(?:who\s+(?:may\s+|might\s+)?(?:has|have|had|is|are|was|were)\b|"
    r"(?!(?:would|will|had|has|have|was|were|is|are)\b)[\w'’-]+)){1,6}?\s+(?:not\s+)?to\s)|"
    "emphasised|emphasized|complained|criticises|criticizes|rejected|rejects|refuted|refutes|blames|dismissed|dismisses|urges|demanded|demands|"
    r"urged(?!\s+to\s)|"  # not "Families urged to use …", a headline's passive
    # "Russian missiles blamed for three deaths", "Minister criticised over …": a headline's
    # passive, not a cue.
    f"(?:questioned|criticised|criticized|blamed){_NOT_PASSIVE}|"
    # 'He pinned the rise on "the most volatile gas market in a decade"': blamed it
    "pinned(?=\\s+(?:the\\s+blame\\s+|it\\s+|the\\s+[\\w'’-]+\\s+){0,2}on\\s)|"
    # 'Interior Minister Paul Serac praised "investigators who have worked day and night"', 'A
    # campaigner has hailed the board's decision as "the best news ever"': its verdict; not
    # "praised the MP's record as a minister", what the record was of
    '(?:praised|hailed)(?=\\s+[“"]|\\s+[^.;:“”"]{3,120}?(?<!record)(?<!career)(?<!tenure)(?<!service)'
    '(?<!work)(?<!time)\\s+as\\s+(?:[“"]|an?\\s|the\\s))|'
    # "Rhodri Amberley hit out that it should not have taken …"
    "hit\\s+out(?=\\s+that\\b)|"
    f"warn{_WARNS_SOMEONE}|insist|argue|believe|estimate|note|suggest|predict|fear|fears(?!\\s+(?:as|over|for|of|grow|grows|mount|rise|ease|eased)\\b)|feared|maintain|{_NOT_TRADED}blame|"
    # "The researchers caution in their study that …", not "urged caution"
    r"caution(?=\s+(?:that|in|against)\b)|"
    "condemned(?!\\s+[^.;]{1,60}?\\s+as\\b)|condemns|question(?=\\s+(?:whether|if)\\b)|"
    # "The union is demanding a 15 percent pay rise": a progressive cue, with its auxiliary.
    "(?:is|are)\\s+(?:demanding|calling\\s+for|calling\\s+on|urging|advising|disputing|denying|rejecting)|"
    # "The union's leader was adamant that members would not accept the offer"
    "(?:was|were|is|are|remained)\\s+(?:adamant|insistent|emphatic|unequivocal)(?=\\s+that\\b)|"
    # "The Brackford board are keen to stress that their decision was not …"
    "(?:was|were|is|are)\\s+keen\\s+to\\s+(?:stress|emphasi[sz]e|point\\s+out|make\\s+clear)(?=\\s+that\\b)|"
    # "The mayor made clear that …", "left no doubt that …"
    "(?:made|makes)\\s+(?:it\\s+)?clear(?=\\s+that\\b)|(?:left|leaves)\\s+(?:little|no)\\s+doubt(?=\\s+that\\b)|"
    "contend|assert|concede|acknowledge|admit|confirm|stress|dispute|expect|expects|clarified(?=\\s+that\\b)|"
    # 'remarked, "We know this increase will be …"': or with the quotation it introduces.
    '(?:remarked|commented|observed)(?=,?\\s*[“"])|'
    # Verbs that report only with their "that": "hinted that …", "underlined that …".
    "(?:affirmed|reaffirmed|reaffirms|hinted|hints|indicated|indicates|mentioned|remarked|outlined|"
    "speculated|informed|underlined|underlines|underscored|underscores|lamented|bemoaned|swore|confided|"
    "charged|projected|projects|implied|forecast|forecasts|repeated|repeats|jokes|"
    # "The department has determined that …", "Ms Cresswell continued that …"
    "determined|determines|continued|"
    # "The statement further reads that …"
    "reads|"
    # "The Second Circuit held that …": a court's holding.
    "bragged|brags|proclaimed|proclaims|accepted|accepts|held|holds)(?=\\s+that\\b)|"
    # "assured investors that …", "reminded voters that …": an audience, then the claim.
    "(?:assured|assures|reassured|reassures|reminded|reminds|informed|informs|alerted|alerts|"
    "notified|notifies)"
    "(?:\\s+(?!(?:would|will|had|has|have|was|were|is|are)\\b)[\\w'’-]+){1,4}?(?=\\s+that\\b)|"
    # "The Institute for Fiscal Studies calculates that …"
    "calculates(?=\\s+that\\b)|calculated(?=\\s+that\\b)|reckons|reckoned(?=\\s+that\\b)|"
    "disclosed(?=\\s+that\\b)|discloses(?=\\s+that\\b)|agreed(?=\\s+that\\b)|agrees(?=\\s+that\\b)|ruled(?=\\s+that\\b)|rules(?=\\s+that\\b)|"
    # "voted unanimously on Monday that the benefits … outweigh its risks": a panel's finding
    "voted(?:\\s+unanimously|\\s+\\d{1,2}-\\d{1,2})?(?:\\s+on\\s+\\w+day)?(?=\\s+that\\b)|"
    "replied|replies|retorted|testified|testifies|contended|contends|responded(?=\\s+that\\b)|"
    # 'Another commented: "…"', "She tweeted that …": not "commented on the photo".
    '(?:commented|comments|tweeted|tweets|quipped|joked)(?=:|;\\s*[“"])|'
    "(?:commented|comments|tweeted|tweets|quipped|joked)(?=\\s+that\\b)|"
    # 'Sahm disagreed: "They were late …"'
    "(?:disagreed|disagrees|objected|objects|responded|responds|continued|continues)(?=:)|"
    "recommends(?=\\s+(?:that|approval|against)\\b)|recommended(?=\\s+(?:that|approval|against)\\b)|"
    # "signalled it could block …", not "as investors signaled continued disappointment": what
    # it signalled is a clause
    "(?:signaled|signalled)(?=\\s+(?:that\\b|(?:it|they|he|she|we|the\\s+[\\w-]+)\\s+(?:would|will|could|might|may|was|were|is|are|had|has)\\b))|"
    # "The bank signals that …", not "listen for faint signals in the hope that …", a noun
    "signals(?!\\s+(?:in|from|to|of|for|at|on|with|and|or|were|are|was|had|have|received)\\b)|"
    # "doesn't rule out that …", as a deck writes it
    "ruled out|rules out|(?:did|does|would|has|have)(?:\\s+no|n['’])t\\s+ruled?\\s+out|assessed(?=\\s+that\\b)|assesses(?=\\s+that\\b)|posted(?=\\s+(?:on|to)\\s+[\\w ]{1,30}?\\s+that\\b)"
).replace(
    # "ruled on Wednesday that …": a day may stand between a cue and its "that".
    r"(?=\s+that\b)",
    # "ruled 2-1 that …": so may a vote.
    # "found last year that …" too.
    # "tweeted Tuesday that …": American style, without "on"; "tweeted Friday morning that".
    rf"(?=(?:\s+\d{{1,2}}-\d{{1,2}})?(?:(?:\s+on)?\s+{WEEKDAY}"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"\s+(?:last|this|earlier\s+this)\s+(?:year|month|week))?\s+that\b)",
)
# Cues that carry the claim's sense: the suggested passage starts at them, or it would read as
# the opposite of what was said ("denied that its forces shelled the town").
VERB_IS_THE_CLAIM = frozenset(
    {"denied", "denies", "deny", "disputed", "disputes", "dispute", "rejected", "rejects", "refuted",
     "refutes", "praised", "hailed", "accused", "accuses", "dismissed", "dismisses", "blamed", "blames", "blame", "pinned", "criticised",
     "criticized", "criticises", "criticizes", "questioned", "questions", "urged", "urges",
     "called on", "calls on", "accusing", "blaming", "denying", "describing", "demands", "demanded",
     "urging", "advised", "advises", "compares", "compared", "questioning",
     "ruled out", "rules out", "condemned", "condemns", "condemn", "denounced",
     "denounces", "did not rule out", "does not rule out",
     "would not rule out", "has not ruled out", "have not ruled out", "recommended",
     "recommends", "called for", "asked for", "question", "is demanding", "are demanding",
     "is calling for", "are calling for", "is calling on", "are calling on", "is urging",
     "are urging", "is disputing", "are disputing", "is denying", "are denying", "is rejecting",
     "are rejecting", "criticizing", "criticising", "condemning", "is advising", "are advising",
     "encouraged", "encourages", "encourage"}
) | frozenset(  # "doesn't rule out", "hasn’t ruled out": contracted, with either apostrophe
    f"{aux}n{mark}t {verb} out"
    for aux, verb in (("did", "rule"), ("does", "rule"), ("would", "rule"), ("has", "ruled"),
                      ("have", "ruled"))
    for mark in "'’"
)  # fmt: skip
# "(R-S.C.)", "(D-Ill.)": a politician's party and state, after the name.
_PARTY_TAG = r"\([DRI]-[A-Z][\w.]*\)"
# "told state radio that …": the audience is part of the cue, never the content.
_TOLD = (
    # Not "told Reuters the group would not agree to any deal that …": no verb in the audience.
    # "Senate insiders tell National Review Online that …", "she tells the Post that …"
    # "told Sen. Tim Scott (R-S.C.) that …": a title's period, a party's brackets
    r"(?:told|tells?)\s+(?:(?!(?:would|will|had|has|have|was|were|is|are|could|should|did|does|not|can|may|"
    rf"might|must)\b)(?:[\w'’-]+|(?:Sens?|Reps?|Gov|Gen|Dr|Mr|Mrs|Ms)\.|{_PARTY_TAG})\s+){{0,14}}?"
    rf"(?:[\w'’-]+|{_PARTY_TAG})(?=\s+that\b)"
    # 'told CNN, "…"', 'told the hearing: "…"', 'told the Morning Programme on Radio Westmarsh: "…"'
    r"|(?:told|tells?)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:on|at)\s+(?:[A-Z][\w'’-]*\s+){0,3})?[\w'’-]+"
    r"(?=[,:]\s*[“\"])"
    # "told the court his client suffered …": an audience a claim follows without "that".
    r"|told\s+(?:the\s+|an?\s+)?(?:court|jury|jurors|tribunal|hearing|inquiry|inquest|committee|reporters|journalists|"
    r"lawmakers|senators|MPs|parliament|investigators|police|detectives|inspectors|"
    # "told followers the product had …": an audience of the speaker's own.
    r"(?:(?:his|her|their|its)\s+)?(?:followers|viewers|listeners|supporters|fans|delegates|staff|"
    r"employees|workers|colleagues|voters|residents|students|members|shareholders|investors)|"
    # "told local media Tuesday she would not …"
    r"media|press|(?:local|state|national|foreign|state-run)\s+(?:media|television|radio|press|reporters)|"
    # "Officers told the paper they were …": the outlet the article has named.
    # ("told the public broadcaster there were no troops …")
    r"(?:(?:public|state|local|national|regional)\s+)?"
    r"(?:paper|newspaper|broadcaster|station|channel|network|outlet|magazine|website|programme))"
    r"(?:\s+(?:on\s+)?" + WEEKDAY + r")?"
    r"(?=\s+(?:his|her|their|its|the|a|an|he|she|they|it|we|there)\s)"
    # "told Reuters he would …", "told the Herald she had been threatened": an outlet; "told
    # the local station KVNT he had …": what it is, then its name.
    r"|(?:told|tells?)\s+(?:the\s+)?(?:(?:local|regional|national|state|public|radio|television|"
    r"TV|news)\s+){0,2}(?:(?:station|broadcaster|newspaper|paper|channel|network|outlet|"
    r"website|magazine|agency)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    # "told The Star yesterday the rebels fired …": when, before what
    r"(?:\s+(?:yesterday|today|(?:on\s+)?" + WEEKDAY + r"))?"
    # "told Radio Halvard a rescue was unlikely", "told Reuters as many as five had been killed"
    r"(?=\s+(?:he|she|they|it|we|I|the|an?|his|her|their|its|as\s+many\s+as|at\s+least|"
    r"more\s+than|up\s+to)\s"
    # 'told DOTMIL "no out-of-the-ordinary movements … have been made."': a quotation, no comma
    r"|\s+[“\"](?=[a-z]))"
    # "He told her she had shown no remorse": a pronoun told, a pronoun's clause.
    r"|told\s+(?:him|her|them|us|me)(?=\s+(?:he|she|they|it|we|I|you)\s)"
    # "Orbis told us a firmware update due next month would …": the reporter told, a clause.
    # "A House Republican tells me the terms … are being discussed"
    r"|(?:told|tells?)\s+(?:us|me)(?=\s+(?:the|a|an|its|their|his|her)\s[^.;:“”\"]{0,60}?\b(?:would|will|"
    r"was|were|had|has|have|is|are|could|can)\b)"
    # "is also warning passengers that …", "warned residents that …": whom they warned, before
    # what; a few words, none a verb ("warned the plan would mean that …" is what), nor when.
    r"|(?:(?:is|are)\s+(?:also\s+|now\s+|still\s+)?warning|warned|warns|warn)\s+(?!(?:on|in|at|"
    r"during|after|before|last|this|next|again|earlier|later|yesterday|today|tonight|also|now)\b|"
    r"[a-z]+ly\b)(?:(?!(?:would|"
    r"will|had|has|have|was|were|is|are|could|should|may|might|must|can|that)\b)[\w'’-]+\s+){0,4}?"
    r"(?!that\b)[\w'’-]+(?=\s+that\b)"
    # "Prosecutors wrote each other in March 2020 that …", "one supervisor emailed his co-chief
    # after the problems began to surface that …": whom they wrote to, and when, before what
    r"|(?:wrote|emailed|texted|messaged)\s+(?:to\s+)?(?:each\s+other|one\s+another|him|her|them|"
    r"(?:his|her|their)\s+[\w'’-]+|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    r"(?:\s+(?!that\b)[\w'’.-]+){0,8}?(?=\s+that\b)"
)
# "called the loss “a painful setback”": a cue only when a quotation follows closely, so
# "a group called the Volunteer Corps said …" keeps its name.
# A title's period may stand in what was called so: 'called Mr. Delaney "qualified"'.
_CALLED_WORDS = r"(?:[^“”\".;]|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.)"
_CALLED = (
    # Not 'calls it a "ProVision" display': a product's name, not a verdict on it.
    # "Matt Hancock branded Corbyn a "reactionary misogynist"", "labelled it "a disgrace""
    rf"(?:call(?:ed|s)|branded|brands|labell?ed|labels|dubbed|dubs)(?=\s+{_CALLED_WORDS}{{1,60}}?[“\"])"
    r"(?!\s+(?:it|this|them)\s+(?:an?|the|its)\s+[“\"][A-Z][\w-]*[”\"]\s+[a-z])"
    # "called the decision a victory for democracy": what it was called, without quotation marks
    r"|call(?:ed|s)(?=\s+(?:it|this|that|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:a|an)\s+[a-z])"
)
# "described the prison as \"severely overcrowded\"": what it was called is the claim.
_DESCRIBED = (
    # "Sen. Kirsten Gillibrand panned the press conference as "propaganda""
    rf"(?:described|describes?|condemned|denounced|panned|pans|slammed|slams|derided|derides|"
    # "Reuters characterized the move as a "humbling reversal""
    rf"characteri[sz]ed|characteri[sz]es)"
    rf"(?=\s+{_CALLED_WORDS}{{1,60}}?\s+as\b)"
    r"|described(?=\s+(?:seeing|hearing|watching)\b)"  # "Witnesses described seeing …"
    # "cites rising costs as the main problem": what it is blamed on
    r"|(?:cites|cited)(?=\s+[^.;:“”\"]{1,80}?\s+as\s+(?:the|a|an|one)\s)"
    # 'has hailed the state's "electric mobility belt" as proof that …': what it is held up as
    r"|(?:hailed|hails|touted|touts)(?=\s+[^.;:]{1,80}?\s+as\s+(?:proof|evidence|a\s+sign)\b)"
)
# Not "to say", "did not say", "never said", nor a passive "are reported to" (a hedge) or "may
# not yet be reported as …".
_CUE = (
    rf"(?<!\bto )(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bnever )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )"
    # "lost to Mr Mnangagwa in a disputed election": after an article, an adjective.
    rf"(?<!\bbeen )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )(?P<cue>{_TOLD}|{CUE_VERBS}|{_CALLED}|{_DESCRIBED})\b"
)
_AFTER_QUOTE_CUE = (
    # '"…," reported today the state outlet Darvani News': an outlet's report, as said
    r"(?P<cue>said|says|added|adds|reported|reports|insisted|warned|claimed|stated|explained|"
    # '"As far as the injuries go, …," Reid began.'
    r"began|"
    r"wrote|tweeted|continued|argued|asked|replied|recalls|recalled|(?:told|tells)(?:\s+[\w'’-]+){0,4}|"
    # '"…," Sasse tells Nebraska Radio Network.', '"…," a source explains.'
    r"explains|insists|warns|argues|notes|answered|shot\s+back|"
    # '"…," the authors write, "…"', '"…," the researchers add.'
    r"writes|write|add|say|"
    # '…," Sen. Patty Murray declared.', '…," the 62-year-old alleged.'
    r"declared|responded|alleged|noted|remarked|countered|retorted|conceded|acknowledged|"
    r"admitted|quipped|joked|observed|maintained|cautioned|stressed|complained|lamented|boasted|"
    r"predicted|pointed\s+out|questioned|shared|"
    # '"…," he asserted, adding, "…"'
    r"asserted|affirmed|emphasi[sz]ed|reiterated|"
    # '"Give us another 24 hours," the manager fumed.': how it was said, as sports pages write it
    r"fumed|raged|snapped|mused|sighed|enthused|gushed|went\s+on|concluded|analysed|analyzed|smiled|laughed|"
    # '"It is the beginning of realignment?" Swaraj wondered.'
    r"wondered|"
    # '"We want the directors here," shouted a depositor.'
    r"shouted|yelled|cried|"
    # '"…," the company announced on X.'
    r"announced|commented|"
    # '"…," the message read.', '"…," the statement further reads.'
    r"(?:further\s+)?(?:reads|read)|"
    # '"…," a Morgan Stanley analyst was quoted as saying in the Wall Street Journal.'
    r"(?:was|were)\s+quoted\s+as\s+saying|"
    # '"You are going to get us all thrown off!" a man is heard shouting': a recording's voice
    r"(?:is|was|can\s+be|could\s+be)\s+heard\s+(?:shouting|yelling|saying|telling\s+[\w'’-]+))"
)
# "on Tuesday", "late on Monday", "in a statement", "last week": a few words, never the content.
# Words are separated by required white space: with optional space between repeated words, a
# long word could be split in thousands of ways, each tried (13 s for one 98-letter word).
# "says the health union Careforce today (Wednesday)": the day a press release names, after it.
_DAY_NAMED = r"\s+\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\)"
_TIME = (
    # 'says in his letter, "I tried to be diplomatic …"': where, up to the quotation (first,
    # so the lazy phrase below does not stop short of the comma)
    r"(?:\s+in\s+(?:a|an|the|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}(?=,\s*[“\"])|"
    # "said after openly questioning the team's effort …, he has seen …": when, to its comma
    r"\s+(?:after|before|while)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b"
    r"(?:[^,.“”\"]|[“\"][^“”\"]{1,40}[”\"]){1,200}?(?=,\s+(?:he|she|they|it|we|the|a|an|[A-Z])\b)|"
    # (not "noted this was the first death": a demonstrative, the claim's subject)
    r"\s+(?:on|late on|early on|last|this(?!\s+(?:is|was|will|would|has|had|could|can|may|might|"
    r"should|must|means|meant)\b)|in|during|at(?!\s+(?:least|most)\b)|after|earlier|later)"
    # Not "this year's drought": a possessive opens the claim.
    r"\s+(?![\w-]+['’]s\b)[\w'’-]+(?:\s+[\w'’-]+){0,4}?"
    # "said on Thursday morning it was …": the part of the day, before what
    r"(?:\s+(?:morning|afternoon|evening|night)(?=\s+(?:that|he|she|they|it|we|the|an?)\s))?"
    # "said in a statement to the stock exchange that …"
    r"|\s+to\s+(?:the|a|an|its|his|her|their)(?:\s+[\w'’-]+){1,4}?(?=\s+that\b)"
    # "indicated to reporters last week that …"
    r"|\s+to\s+(?:reporters|journalists|colleagues|allies|donors|aides)(?:\s+[\w'’-]+){0,3}?(?=\s+that\b)"
    # "The FAA also confirmed to CNN that …": an outlet, by its name
    r"|\s+to\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}(?=\s+that\b)"
    # "said of Clinton's characterization that it was …": what about, then what
    r"|\s+of\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=\s+that\b)"
    # "ruled 2-1 that …": a vote.
    r"|\s+\d{1,2}-\d{1,2}(?=\s+that\b)"
    # "said by email on Wednesday that …": how, before when
    r"|\s+by\s+(?:e-?mail|phone|telephone|text\s+message)(?:\s+(?:on\s+)?[\w'’-]+)?(?=\s+that\b)"
    # "confirmed via social media that …": the channel, before what
    r"|\s+via\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+that\b)"
    # 'She added later, "Most of the deaths …"': when, before the quotation
    r"|\s+(?:later|afterwards|afterward|earlier)(?=,\s*[“\"])"
    # "had announced a few hours earlier it will sue": when, before the claim
    r"|\s+(?:a\s+few|several|two|three|\d+)\s+(?:minutes|hours|days|weeks)\s+(?:earlier|before|ago)"
    # "acknowledged hours before the lunch that …"
    r"|\s+(?:minutes|hours|days|weeks)\s+(?:before|after)\s+(?:the|a|an|his|her|their|its)"
    r"(?:\s+[\w'’-]+){1,3}?(?=\s+that\b)"
    # American style: "said Tuesday", "said Monday night", "said late Tuesday".
    r"|\s+(?:(?:late|early)\s+)?" + WEEKDAY + r"(?:\s+(?:night|morning|afternoon|evening))?"
    # "said Tuesday on Twitter that …", 'said Sunday on WNX's "Capitol Week" that …'
    r"(?:\s+(?:on|in)\s+(?:(?:[\w'’-]+|[“\"][^“”\"]{1,40}[”\"])\s+){0,3}?"
    r"(?:[\w'’-]+|[“\"][^“”\"]{1,40}[”\"])(?=\s+that\b))?"
    # "announced today that …", a press release's "today"
    # ("said today they were acting …": when, before a clause without "that")
    # ("said today more attention must be given …": or a quantity)
    r"|\s+(?:today|yesterday|tonight)(?=\s+(?:that|he|she|they|it|we|I|the|an?|his|her|their|its|"
    r"more|many|most|some|no|all|every)\s)"
    # "told CBS News Nov. 16", "said March 3": a date alone, American style
    r"|\s+(?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{1,2}\b)?"
)
# "that" joining a clause, not one that is the clause's subject ("indicated that will not
# happen", "say that means it's helpful to plan").
LINKING_THAT = (
    r"that\b(?!\s+(?:will|would|is|was|has|had|could|can|may|might|should|must|means|meant|won['’]t|"
    r"wouldn['’]t|isn['’]t|wasn['’]t|did|does|didn['’]t|doesn['’]t)\b)"
)
_QUOTE = r"[“\"](?P<quote>[^”\"]{2,})[”\"]"
# A quotation whose paragraph ends before it closes: it continues in the next one.
_QUOTE_MAY_RUN_ON = r"[“\"](?P<quote>[^”\"]{2,})(?:[”\"]|$)"
# One of some people, who names nobody: "with one saying", "with another respondent adding".
_SOME_OF_THEM = r"(?:one|another|some|many|several|a\s+few|others?)"
NOT_A_SUBJECT = (
    r"(?!(?:In|On|At|After|Before|During|Since|Following|As|With|Without|From|Under|Speaking|"
    r"By|Until|Despite|Amid|Ahead|Throughout|Within|For|To|Like|Unlike|Among|Against|"
    r"(?:Outside|Inside|Across)(?=\s+(?:the|a|an|of|his|her|their|its)\s)|Elsewhere|"
    r"When|While|If|But|And|Earlier|Later|Meanwhile|Although|Though|However|It is|There|"
    # "Making a jibe at Mr Corbyn, Mrs May said": a participle's phrase; "I", in a quotation.
    r"According(?=\s+to\b)|I(?=\s)|"
    r"[A-Z][a-z]{2,}ing(?=\s+(?:a|an|the|to|at|on|in|into|with|for|from|his|her|their|its|him|"
    r"them|it|about|over|up|out)\s))\b)"
)
_LOWER_LEADS = (
    r"(?:local|senior|western|foreign|military|government|security|health|hospital|police|rebel|"
    r"opposition|finance|defence|defense|interior|regional|state|federal|city|county|aid|un|us|eu|"
    r"party|congressional|union|industry|company|village|tribal|school|family)"
)
# A mention's character: no clause punctuation, but an initial's period ("The U.S. Army").
# … or an abbreviation's: "Mr. Phelan", "Shearson Lehman Hutton Inc.".
_ABBREVIATED = (
    "Mr", "Ms", "Dr", "St", "Jr", "Sr", "Co", "Mrs", "Sen", "Rep", "Gov", "Gen", "Col", "Inc",
    "Ltd", "Corp", "Prof",
)  # fmt: skip
TICKER = r"\((?:[A-Z]{2,7}:\s?)?[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?\)"
_NAME_CHAR = (
    # "3.4 million followers", "2,000 adults": a number's point or comma.
    r"(?:[^,.;:“”\"]|(?<=\d)[.,](?=\d)|(?<=\b[A-Z])\.|"
    # "the governors of the Kyiv, Poltava and Kirovohrad regions": a list of places' commas
    r"(?<=[a-z]),(?=(?:\s+[A-Z][\w'’-]+,)*\s+[A-Z][\w'’-]+,?\s+and\s+[A-Z][\w'’-]+\s+"
    r"(?:regions|provinces|states|counties|districts|oblasts|cities|towns)\b)|"
    # A company's stock ticker: "Motorola Inc (MOT.N)", "Tesla Inc (NASDAQ: TSLA)".
    rf"{TICKER}|(?:"
    + "|".join(rf"(?<=\b{word})" for word in _ABBREVIATED)
    + r")\.(?=\s+[A-Za-z]))"  # "Robert F. Kennedy Jr. argued", "Mr. Rove"
)
_MENTION = (
    # A whole word: not the "an" of "than".
    rf"(?<![\w'’-])(?P<mention>{NOT_A_SUBJECT}[A-Z]{_NAME_CHAR}{{0,120}}?|[Tt]he\s{_NAME_CHAR}{{1,80}}?|"
    # "In a statement, al-Qaeda claimed …": a name with its article joined, in lower case
    rf"(?:al|el)-[A-Z]{_NAME_CHAR}{{0,80}}?|"
    # "…, however, his spokesman declined, saying …": after a fronted clause, in lower case
    rf"(?:an?|one|two|three|four|five|six|several|some|many|his|her|their|its|{_LOWER_LEADS})\s"
    r"(?:[^,.;:“”\"]|(?<=\d)[.,](?=\d)){1,100}?|"
    r"(?:officials|sources|residents|witnesses|diplomats|analysts|police|doctors|experts|it|he|"
    # "In recent days, authorities in the Kharkiv region had urged …"
    r"authorities|rebels|militants|troops|soldiers|medics|monitors|observers|mediators|"
    r"she|they|organi[sz]ers|protesters|critics|opponents|supporters|activists|campaigners|"
    r"economists|engineers|scientists|researchers|astronomers|investigators|academics|"
    r"prosecutors|teachers|nurses|workers|farmers|leaders|lawmakers|legislators|voters|"
    r"relatives|neighbours|neighbors|investors|traders|shareholders|parents|students|"
    # "In their statement on Wednesday, policymakers repeated that …"
    r"policymakers|policy-makers|regulators|executives|bankers|"
    # "…, but officers said they were investigating …"
    r"officers|detectives|firefighters|paramedics|rescuers|"
    # "…, while another said they had been "ready to pay the nursery""
    r"(?:another|others)(?=\s+(?:said|says|added|wrote|told|argued|claimed|complained)\b))\b"
    r"[^,.;:“”\"]{0,60}?)"
)
# The small words inside a personal name: "Ursula von der Leyen", "Abdulaziz bin Salman".
NAME_PARTICLES = frozenset(
    {"de", "du", "la", "al", "el", "von", "van", "der", "den", "bin", "ibn", "da", "di", "dos"}
)
# A surname with its article joined: "Majed al-Ansari", "Ahmed el-Sayed".
SURNAME_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "az"})
PROPER_NAME = (
    r"[A-Z][\w'’.-]+(?:\s+(?:(?:"
    + "|".join(sorted(NAME_PARTICLES))
    + r")\s+){0,2}(?:[A-Z]|(?:"
    + "|".join(sorted(SURNAME_ARTICLES))
    + r")-[A-Z])[\w'’.-]+){0,3}"
)
# A point inside an apposition that ends no sentence: an initial ("Harriet M. Ellison"), a
# title ("Sen. Rand Paul", "St. Tessaro's"), a company's or a name's abbreviation ("Wedbush
# Morgan Securities Inc. in Los Angeles", "Ellison Jr."), a rank ("the No. 2 Republican").
_ABBREVIATION_POINT = (
    r"(?:(?:(?<=\b[A-Z])|(?<=\bJr)|(?<=\bSr)|(?<=\bInc)|(?<=\bCorp)|(?<=\bCo)|(?<=\bLtd)|(?<=\bSen)|"
    r"(?<=\bRep)|(?<=\bGov)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bSt)|(?<=\bMt)|(?<=\bFt))\.|"
    r"(?<=\bNo)\.(?=\s\d))"
)
# An apposition: a description closed by a comma (else the cue is inside it: "the agency,
# which has claimed attacks, declined …"), a name, or an age ("Maria Szabo, 61, told …"), or
# both ("Gerald Finch, 78, who spent five days on the ward, said …").
_ONE_APPOS = (
    r"(?:,\s+\d{1,3}(?=,\s+who))?,\s+(?:(?:a|an|the|who|whose|which|where|in|now|its|his|her|one|speaking|citing|asked|writing|released|"
    # "Lady Simler, giving the lead judgment, said"
    r"giving|delivering|reading|chairing|opening|closing|"
    # "The author, described only as a senior administration official, wrote …"
    r"(?:described|identified|known)(?=\s+(?:only\s+)?as\b)|"
    # "The report, seen by the Guardian, says": who saw it, not who says.
    r"(?:seen|obtained|reviewed)\s+by|"
    # ", published last week,": not ", published in the journal X," whose name is the source.
    r"(?:published|issued|conducted|filed|lodged|submitted)(?!\s+(?:in\s+(?:the\s+)?journal|by)\b)|"
    # "The majority opinion, written by Chief Justice …, said": its author's.
    r"(?:written|authored|penned)(?=\s+by\b)|"
    # "a group of seven young scientists, led by fish physiologist Timothy Clark, published …"
    r"(?:led|headed|run|backed|funded)(?=\s+by\b))\s"
    # "which has 40,000 employees"
    rf"(?:[^,.;“”\"]|,(?=\d{{3}})|{_ABBREVIATION_POINT}){{2,150}}(?=,)"
    # "Mohamed Adow, director of the think tank Power Shift Africa, said": a role.
    # "Ateny Wek Ateny, spokesman of President Salva Kiir, insisted", "Krista Williams, Chief
    # Health Operations Officer for the …, says": whatever the role's capitals.
    # (", U.S. Secretary of State Mike Pompeo,", ", communications director for …,")
    # "Hanna Voss and Peter Ruane, joint general secretaries of the UAT, said": two, one role.
    # ("Simone Vell, Great Lakes correspondent for …, told": two words before the role)
    r"|(?:(?:[A-Z]\.){2,3}\s+|[A-Za-z][a-z]+\s+|[A-Z][a-z]+\s+[A-Z][a-z]+\s+|(?:joint|co-)\s*[a-z]+\s+)?(?i:director|head|chief|chair|chairman|chairwoman|president|founder|co-founder|leader|"
    r"professor|editor|member|author|economist|analyst|researcher|manager|adviser|executive|"
    r"spokes(?:man|woman|person)|secretary|minister|deputy|vice|senior|commander|lecturer|"
    r"fellow|correspondent|coordinator|lawyer|attorney|counsel|governor|mayor|ambassador|"
    # "Mara Quillbrook, CEO of St. Tessaro's, said"
    r"ceo|cfo|coo|cto|"
    r"commissioner|treasurer|superintendent|dean|secretaries|"
    # "Clement Iredale, registrar at the University of Hallamford, commented"
    r"registrar|principal|provost|rector|(?:vice-)?chancellor|clerk|officer|curator|warden|"
    r"headteacher|owner|partner|organiser|organizer|consultant|campaigner|captain|coach|"
    r"(?:co-)?(?:chairs|heads|leaders|"
    r"directors|founders|presidents))"
    # ("outgoing Chairman of the Joint Chiefs of the U.S. armed forces": initials' points)
    rf"\s(?:[^,.;“”\"]|{_ABBREVIATION_POINT}){{2,150}}(?=,)"
    # "Serhiy Lysak, Dnipropetrovsk regional governor, said": a role last, after its place.
    r"|(?:[A-Z][\w'’-]+\s+)?(?:[a-z]+\s+){0,2}(?:governor|mayor|minister|spokes(?:man|woman|person)|"
    r"head|chief|commander|director|prosecutor|secretary)(?=,)"
    # "Red Eléctrica, Spain's grid operator, said": what it is, by whose it is.
    # "Brian Fallon, Hillary Clinton's campaign press secretary, charged": whose, in full.
    # "Sen. John Cornyn (R-Texas), McConnell’s No. 2, said"
    r"|(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?:['’]s|s['’])\s+"
    r"(?:[a-z][^,.;“”\"]{1,80}|No\.\s\d+(?:\s[^,.;“”\"]{1,60})?)(?=,)"
    # "Supt Rona Kells, of Vale Police, said": where she serves, set off by commas ("Massoud
    # Amiri, from Dunsford University, said" too).
    r"|(?:of|from|at)\s+(?:the\s+)?[A-Z][^,.;“”\"]{1,60}(?=,)"
    # "The two board members who voted against it, Amy Cho and Dwayne Harris, said" (but
    # "When asked about it, Zuckerberg said": an object's pronoun is never named again)
    rf"|(?<!\bit,\s)(?<!\bthem,\s)(?<!\bhim,\s){PROPER_NAME}(?:\s+and\s+{PROPER_NAME}(?=,))?|\d{{1,3}}(?=,)|or\s+[A-Z]{{2,8}}(?=,))"
)
# "Greg LeRoy, executive director of Good Jobs First, a group that tracks subsidies, said": two.
_APPOS = rf"(?P<appos>{_ONE_APPOS}(?:{_ONE_APPOS})?)?,?"
# "Mr. Rove", "Sen. Warren", "St. Bride's": the one place a period may stand inside a speaker's
# name.
TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Cdr|Cpl|Brig|Maj|Adm|Prof|Rev|Pres|St|Mt|Ft|Hon)\.\s+)"
# "Perdue outright denied …", "Cotton and Perdue initially issued a statement saying …": a
# manner's or time's adverb between a name and its verb, never part of the name.
MANNER_ADVERB = (
    r"(?:[a-z]{3,}(?:ally|ously|ately|ently|antly|ively|edly|ingly|fully|lessly|ibly|ably)|"
    r"outright)"
)
# "NASA has again postponed …, saying …": an adverb before the verb.
_ADVERB = (
    r"(?:again|already|also|now|since|repeatedly|previously|just|recently|quickly|swiftly|today|"
    # "On arriving, Veske first apologised to reporters …, saying …"
    r"first|then|later|initially|immediately|"
    # "Tech Insider late Tuesday changed its description, saying …"
    r"yesterday|(?:(?:late|early)\s+)?(?:on\s+)?" + WEEKDAY + r")"
)
# The subject's own verb before ", saying …": a past tense, so "The group" is not read as
# "The" doing "group".
_PAST_VERB = (
    # "Scooter firm pulls out of Wendlebury, blaming vandalism": a headline's present tense
    r"(?:[a-z]{2,}ed|took|made|pulls|quits|cuts|axes|scraps|closes|shuts|drops|halts|ends|"
    r"delays|sues|raises|hikes|slashes|resigns|exits|leaves|pauses|suspends|shelves|sacks|"
    r"withdraws|postpones|cancels|gave|sent|held|put|wrote|shot|struck|hit|issued|began|told|"
    r"spoke|met|left|led|won|lost|saw|came|went|brought|sought|kept|set|cut|built|drew|fled|"
    # "had written to Alvestad last month urging him to act"
    r"written|given|taken|spoken|shown|drawn|"
    # "Hallworth's did not identify the seller, saying only that …"
    r"was|were|(?:did|would)\s+not\s+[a-z]{3,})\b"
)
# "The Kremlin, however, claimed …": an aside between the speaker and the verb.
_ASIDE = (
    r"(?:,\s+(?:however|meanwhile|though|too|in turn|in response|for (?:its|his|her|their) part|"
    r"by contrast|in contrast|likewise|similarly|instead|"
    # "Campaigner Nancy Perrin, pictured above, told the crowd: …"
    r"pictured(?:\s+(?:above|below|left|right|centre|center))?|"
    # "Tate, despite signing the bill, has acknowledged …"
    r"(?:despite|after|before|while|since)\s+[a-z]+ing\b[^,;:“”\"]{0,100}|"
    # "Lord Justice Mabry, sitting with two other judges, found …": with whom, not who
    r"(?:sitting|speaking|flanked|joined)\s+(?:with|alongside|beside|by)\s[^,;:“”\"]{1,80}|"
    # "But GOP senators, including some of McCain's biggest allies, acknowledged …"
    # (Not "Critics, including opposition lawmaker Jan Sova, said": the one named speaks.)
    r"including\s+(?:some|many|several|most|a\s+few|two|three|four|five)\s+of\s[^,;:“”\"]{1,80}|"
    # "The defense lawyers, as well as five former state attorneys general, have argued …":
    # the subject, and who joined it
    r"as\s+well\s+as\s[^,;:“”\"]{1,80})"
    r",?(?=\s)"
    # "Tech Insider — also citing unnamed sources — reported that …"
    r"|\s+[—–]\s+[^—–,;:“”\"]{1,100}?\s+[—–](?=\s))?"
)
# "Things went according to plan": an idiom, nobody's word.
_NOT_AN_IDIOM = r"(?!(?:the\s+)?(?:plan|schedule|script|tradition|legend|custom)\b)"
# "according to data from PetrolPrices.com": a website's name keeps its dot.
_DOMAIN_DOT = r"\.(?=(?:com|org|net|gov|edu|io|co)\b)"
# "Patrick H. Nettles": a middle initial's full stop, inside the name.
_MIDDLE_INITIAL = r"(?<=\s[A-Z])\.(?=\s[A-Z])"
# "U.S. Attorney Phillip Talbert": an initialism's periods may stand in it too.
_LOOSE_MENTION = (
    rf"(?P<mention>(?:{TITLE}|(?:[A-Z]\.){{2,}}|{_MIDDLE_INITIAL}|[^,.;:“”\"]){{1,100}}?)"
)


# Before a speaker set off by commas, a fronted phrase of a few words, not a clause ("The rules
# were a mistake, said X, a scholar at …"), or a fronted subordinate clause ("When Anna Berg
# first boarded a tanker, she says, …") ...
_FRONTED = r"(?:[\w'’-]+(?:\s+[\w'’-]+){0,3}|(?:When|After|Before|Since|While|Once|Until)\s[^,“”\"]{3,120})"
# ... and after it, a clause of its own, not the speaker's apposition or the subject's verb.
_CLAUSE_AFTER = (
    r"(?P<content>(?!(?:is|was|are|were|will|would|has|have|had|can|could|may|might|should|"
    r"must|a|an|who|whose|which)\b)[a-z][^“”\"]{10,})$"
)


# "the biggest increase in more than a decade": the reporter's measure of a claim, after it.
SUPERLATIVE = (
    r"(?:the|a|an)\s+(?:biggest|largest|highest|lowest|first|latest|worst|best|steepest|"
    r"sharpest|fastest|slowest|smallest|deadliest|most|fewest)"
)
# "…, a claim Hamas has not confirmed", "…, a figure his opponent calls unrealistic".
# "cited a report by Yahoo News", "citing an investigation by the Times"
CITED_REPORT = (
    r"(?:cited|cites|citing)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:report|reports|study|survey|"
    r"poll|analysis|article|story|investigation)\s+(?:by|from|in)"
)
CLAIM_NOUNS = ("claim", "assertion", "charge", "allegation", "account", "figure", "version")


# "a presidential decree published early on Saturday in the official gazette": a document,
# then where and when it came out.
_DOCUMENT_PUBLISHED = (
    r"(?:an?|the)\s+[^,.;:“”\"]{2,40}?\s+(?:published|released|issued)\s+[^,.;:“”\"]{2,60}?"
)


def _trailing_said(*, lazy: bool) -> re.Pattern:
    """Content, X said. Lazily, the speaker is the first comma-separated phrase that fits
    (", Ines Okafor, the governor, said"); greedily, the last one, for content that has a
    comma of its own."""
    content = r"[^“”\"].+?" if lazy else r"[^“”\"].+"
    return re.compile(
        # ("…, Sheriff J.D. Raymond said in a press release.": initials stand in a name)
        # Not "…, the health risk outweighed the claims": a speaker never ends in an article.
        # (Not "…, not a civilian as earlier reported": a correction, nobody's word.)
        # (Nor "…, and residents told S1 that …": a clause of its own.)
        # (Nor "…, on top of 46 closures announced in September": a preposition's object.)
        # (Nor "…, against the trial's rules": a noun's verb-like plural.)
        # (Nor "…, with dozens of cars stranded and drivers told to stay away": done to them.)
        rf"^(?P<content>{content}),[”\"]?\s+(?!not\s|and\s|but\s|on\s+top\s+of\s|in\s+addition\s+to\s|against\s|despite\s|contrary\s+to\s|in\s+breach\s+of\s|in\s+line\s+with\s|under\s|without\s|with\s)(?P<mention>{TITLE}?(?:(?:[^,.;:“”\"]|(?<=\s){TITLE}|(?<=\s)(?:[A-Z]\.){{2,3}}(?=\s[A-Z])){{2,60}}?|{_DOCUMENT_PUBLISHED})(?:\s+and\s+[^,.;:“”\"]{{2,60}}?)?)(?<!\sthe)(?<!\san)(?<!\sa)(?<!\sas)"
        # (Nor "…, close their windows until told otherwise": when, not who told.)
        r"(?<!\suntil)(?<!\sunless)(?<!\swhen)(?<!\sif)(?<!\sthan)(?<!\sbefore)"
        # "…, the security firm Corvane first reported"
        rf"{_APPOS}\s+(?:has\s+|have\s+)?(?:(?:first|later|also|initially|previously)\s+)?(?P<cue>said|"
        rf"says|say|reported|reports|claimed|claims|alleged|added|warned|confirmed|announced|estimated|"
        rf"admits|admitted|denies|denied|insists|insisted|warns|cautioned|wrote|noted|argued|"
        # "…, a senior Defense Department official tells DOTMIL."
        rf"tells(?:\s+[\w'’-]+){{1,4}}?(?=[.,]?$)|"
        # "…, the agency advises."
        rf"advises|advised|"
        # "…, the FAO has outlined.", "…, park officials determined"
        rf"outlined|determined|shared|"
        # "…, analysts commented on March data."
        rf"commented(?:\s+on\s+[^,.;“”\"]{{1,40}}?)?(?=[.!?]?$)|"
        rf"stressed|surmised|speculated|heard|been\s+told|was\s+told|were\s+told|show|shows|showed|suggest|suggests|indicate|indicates|ruled|rules|(?<!\bbeen\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)found|told(?:\s+[\w'’-]+){{1,10}}?|was\s+quoted\s+as\s+saying(?:\s+by\s+[^,.;]{{1,80}})?){_TIME}"
        # "…, Lena Marsh said at an event at the state capitol.", "…, prosecutors have alleged in
        # a new court filing unsealed on Wednesday."
        r"(?:\s+(?:at|during|in)\s+(?:an?|the)\s+[^,.;“”\"]{2,60}?)?"
        # ('…, the station KGLM reported, also noting that …')
        r"(?:,\s+(?:also\s+)?(?:(?:(?:a|two|three|four|several|some)\s+)?(?:days?|weeks?|months?|hours?)\s+(?:after|before)|"
        r"despite|as|after|while|amid|with|without|although|though|but|and|in|[a-z]{3,}ing|"
        # "…, one of the OPEC sources said, earlier than their schedule for a meeting in March."
        r"earlier\s+than|later\s+than|"
        # "…, Mark Tran said, mainly because of a weaker outlook": the claim's reason
        r"(?:mainly|largely|partly|chiefly)\s+(?:because|due|as)|because|"
        # "…, the Labor Department said, far above the 160,000 economists had forecast."
        r"(?:far|well|slightly|just)\s+(?:above|below|short\s+of|ahead\s+of)|(?:up|down)\s+from|"
        r"compared\s+with|"
        # "…, the department has confirmed, the biggest increase in more than a decade."
        rf"{SUPERLATIVE}"
        r")\b(?:[^“”\"]|[“\"][^“”\"]*[”\"])*"  # ', adding that troops were "ready."'
        # "…, Board member Valdemar Oskarsen said and then it began to veer …": what followed
        r"|\s+and\s+then\s(?:[^“”\"]|[“\"][^“”\"]*[”\"])*)?"
        r"[.!?]?$"
    )


TRAILING_SAID = _trailing_said(lazy=True)
# A paragraph that only names who speaks next, as "what the managers said" pieces do:
# "Arsene Wenger (Arsenal)", "Coach Mourinho on the loss:". Never a label ("Reaction:").
SPEAKER_LABEL = re.compile(
    r"(?P<mention>(?:[A-Z][\w'’.-]+[^\S\n]+){1,3}[A-Z][\w'’.-]+)"
    # Never a sentence: "Marla Quist said she came anyway." above a quotation is a claim.
    r"(?:[^\S\n]+\((?P<appos>[^()\n]{1,60})\))?(?:[^\S\n]+[a-z][^:\n“”\".!?]{1,80})?"
    # "U.S. Sen. Sheldon Whitehouse (D-R.I.), chair, U.S. Senate Budget Committee": a role
    r"(?:,[^\S\n]+[^:\n“”\"!?]{1,80}(?<!\.))?:?[^\S\n]*"
)
_NOT_VERBISH = (
    r"(?!(?:had|has|have|was|were|is|are|would|will|could|can|may|might|did|does|do|that|spent|"
    r"took|made|gave|put|hit|cut|left|won|lost|saw|came|went|[a-z]+ed|"
    # "Joleen Crabtree, 34, said the boiler broke a month ago": a clause, not who said it
    r"broke|fell|began|ran|got|found|felt|told|paid|sold|built|brought|bought|thought|caught|"
    r"sent|held|stood|grew|knew|threw|drew|flew|wrote|drove|froze|stole|chose|shut|sank|struck|"
    r"fought|became|shook|rang|swung|hung)\b)"
)
_PROGRAMME = (
    r"(?:\s+[^“”\"]{0,40}?(?:['’]s|\bon|\bto))?\s+[“\"][A-Z][\w'’ -]{1,40}?[.!?]?[”\"]"
    r"(?:\s+[^“”\"]{0,60}?)?"
)
# A page's label, never a speaker: "Exclusive: …", "Storm Ciarán …: Live Updates".
_NOT_A_LABEL = (
    r"(?!(?:Exclusive|Analysis|Opinion|Watch|Live|Latest|Breaking|Explainer|Explained|Comment|"
    r"Review|Interview|Revealed|Updates?|Factbox|Timeline|Reaction|Verdict|Video|Photos)\b)"
)
# A sentence's opening word that names no one: "It was blunt: …", "The plan was clear: …".
_NOT_A_NAME = r"(?!(?:It|This|That|These|Those|There|Here|The|What|Its)\b)"
# Where posts are written: "on X", "on social media".
_SOCIAL = r"(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|TikTok|LinkedIn|social\s+media)"
# '"… but I doubt there was one event per se" that led to his resignation, said X': the
# quotation's sentence goes on past it, never the speaker.
_RELATIVE = r"(?:that|which|who)\s"
_QUOTE_ABOUT = r"(?:of|about)\s"
# ('"I think everybody has their own opinion" of the best protocol, said …': what about)
_QUOTE_GOES_ON = rf"(?:\s+(?:{_RELATIVE}|{_QUOTE_ABOUT})[^“”\",]{{1,120}})?"
# '…," Delacroix said, but he suspects …': what the speaker believes, a second claim.
_BUT_BELIEVES = (
    r"(?:he|she|they)\s+(?:also\s+)?(?:suspects?|suspected|believes?|believed|thinks?|thought|"
    r"fears?|feared)"
)
# After "…, he said, but": the clause's own verb, going on without a subject of its own.
GOES_ON = r"(?:was|were|is|are|had|has|have|would|could|will|remained|remains)\b"
# Another's name for a thing: "which the Gazette once called …", "dubbed", "referred to as".
OTHERS_NAMING = r"(?:called|dubbed|nicknamed|described\s+as|referred\s+to\s+as)"
# A sentence that opens with its speaker, named or a pronoun: "Mr. Jones was blunt: …".
_NAMED_SUBJECT = rf"^{_NOT_A_NAME}(?P<mention>{TITLE}?{PROPER_NAME}|He|She|They)\s+"

PATTERNS = [
    # '“Quote,” said McConnell of a bill that …': a name, then what the words were about.
    ("quote_said_speaker", "direct", 0.93, re.compile(
        rf"^{_QUOTE}[,.!?]?[”\"]?\s*,?\s*{_AFTER_QUOTE_CUE}\s+"
        rf"(?P<mention>(?:{TITLE}|[A-Z][\w'’.-]+\s+){{0,4}}{PROPER_NAME})"
        r"\s+of\s+(?:(?:his|her|their|its)\s|(?:the|a|an|this|that)\s+[a-z])[^“”\"]*$"
    )),
    # “Quote,” said X, a spokesperson for Y; “Quote,” said a nurse who asked not to be named.
    ("quote_said_speaker", "direct", 0.93, re.compile(
        rf"^{_QUOTE}[,.!?]?[”\"]?{_QUOTE_GOES_ON}\s*,?\s*{_AFTER_QUOTE_CUE}\s+{_LOOSE_MENTION}"
        # '…," wrote officer Rhys Tolman in his report, of which …': where, not who
        r"(?:\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:report|statement|letter|"
        r"email|post|note|message|blog|column|ruling|judgment|decision)(?=,))?"
        # The apposition never runs past an ", adding": each is tried once (linear).
        # '…," said Chuck Schumer, a reference to the fact that Trump called the bill "mean".'
        r"(?P<appos>(?:,|\s+(?=who\s))(?:(?!,\s+adding\b)(?:[^“”\"]|[“\"][^“”\"]{1,40}[”\"]))*?)?"
        # '…," said Jana Novak, adding: "The audit will show that."'
        r"(?:,\s+adding(?::?\s+[“\"][^”\"]{2,}[”\"]"
        # '…," said Jane Doe, a spokeswoman, adding that the agency "has abandoned its mission."'
        r"|\s+(?:that\s+)?[^“”\"]+(?:[“\"][^”\"]*[”\"][^“”\"]*)*))?"
        # '…," said CEO James Hagedorn on a call in February 2017.': when and where, not who
        r"(?:\s+(?:on|in|at|during)\s+(?:a|an|the|his|her|its|their)\s[^,“”\"]{1,80})?[.!?]?$"
    )),
    # 'Sir Alex Ferguson: "It was a fantastic match …"', 'Andre Villas-Boas (on Torres's
    # miss): "…"': a name, then its quotation, as match reports list them.
    ("name_colon_quote", "direct", 0.85, re.compile(
        rf"^{_NOT_A_LABEL}"
        r"(?P<mention>(?:Sir\s+|Dame\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
        rf"(?:\s+\([^()“”\"]{{1,80}}\))?:\s*{_QUOTE_MAY_RUN_ON}"
    )),
    # “Quote,” X said (on Monday).
    ("quote_speaker_said", "direct", 0.93, re.compile(
        rf"^{_QUOTE}[,.!?]?[”\"]?\s*,?\s*(?!{_RELATIVE})(?!{_QUOTE_ABOUT}){_LOOSE_MENTION}"
        rf"(?P<appos>,[^“”\"]*?)?,?\s+{_AFTER_QUOTE_CUE}"
        # '…," the governor said, according to a transcript of the call.'
        # '…," Lula told reporters at the presidential palace, adding that …'
        r"(?:\s+[^“”\"]{0,300}?|(?:\s+[^“”\",]{1,80}?)?,\s+adding:?\s.{1,300}?"
        r"|,\s+according\s+to\s[^“”\"]{1,120}?"
        # '…," he said, but urged Unity to "make every effort …"': a second claim, as is
        # '…," Delacroix said, but he suspects it has to do with …'
        r"|,\s+(?:but|and)\s+urged\s[^“”\"]{1,120}?(?:[“\"][^“”\"]{1,200}[”\"])?"
        # '…," the post continued, and one deputy was "struck by gunfire."': what the post went
        # on to say, after the quotation's own claim
        r"|,\s+and\s+(?:one|two|three|a|an|the)\s[^“”\"]{1,120}?(?:[“\"][^“”\"]{1,200}[”\"])?"
        rf"|,\s+but\s+{_BUT_BELIEVES}\s[^“”\"]{{1,200}}?"
        # '…," he said, quoted by The Seattle Times.'
        r"|,\s+(?:as\s+)?(?:quoted|cited)\s+by\s[^“”\"]{1,120}?"
        # '"I'm the end of the line," he says, coiling a rope on the deck.'
        # '…," he added, laughing.', '…," Trump said, seemingly catching Cruz off guard.'
        # '…," Gov. Roy Cooper said during the briefing, calling it an "infuriating … act."'
        # ('…," Stahl wrote on social media, calling the problems "…"')
        r"|(?:\s+(?:during|at|in|on)\s+(?:(?:a|an|the|his|her|their|its)\s)?[^“”\",]{1,60}?)?"
        r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing(?:\s(?:[^“”\"]|[“\"][^“”\"]{1,160}[”\"]){1,200}?)?"
        # '"No, it's your record," Rubio responded, in a clip tailor-made for cable news.'
        r"|,\s+in\s+(?:a|an|the|his|her|their|its)\s[^“”\"]{1,120}?"
        # '…," Sen. Patty Murray declared, as the crowd broke into a chant.'
        # '…," the commander acknowledged, without elaborating.'
        r"|,\s+(?:as|while|when|after|before|without)\s[^“”\"]{1,120}?"
        # '"…," he continued, in defense of "these wonderful people who …"': what it was about
        r"|,\s+(?:in\s+(?:defen[cs]e|support|praise|reference|response)\s+(?:of|to)|about|of)\s"
        r"[^“”\"]{0,60}?[“\"][^“”\"]{1,160}[”\"]"
        # '"…," he added, in clear reference to demands from the Congress that …'
        r"|,\s+in\s+(?:(?:an?\s+)?(?:clear|apparent|obvious|veiled|thinly\s+veiled)\s+)?"
        r"(?:reference|response|reply)\s+to\s[^“”\"]{1,200}?"
        # '…," Collins told CNN's "State of the Union."': a programme's name, not a quotation.
        rf"|{_PROGRAMME})?[.!?]?$"
    )),
    # The industry, said X of Y, “will do anything …”: the quote finishes the sentence begun.
    ("said_mid_quote", "direct", 0.9, re.compile(
        rf"^[^,“”\"]{{2,60}},\s+(?P<cue>said|says)\s+{_LOOSE_MENTION}(?P<appos>,[^“”\"]*?)?,\s*"
        rf"{_QUOTE}[.!?]?$"
    )),
    # 'To address the shortfall, the health department "has identified stock …"': a body or
    # a name, then its own words, a verb first, and no verb of saying between them.
    ("verbless_quote", "direct", 0.8, re.compile(
        r"^(?:[A-Z][^,“”\"]{1,80},\s+)?"
        r"(?P<mention>(?:[Tt]he\s+)?(?:[a-z]+\s+){0,2}(?:department|ministry|company|council|agency|"
        r"government|authority|board|trust|firm)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+"
        r"[“\"](?P<quote>(?:has|have|had|is|are|was|were|will|would)\s[^“”\"]{10,})[”\"][.!?]?$"
    )),
    # As one investigator put it: “Quote”.
    ("put_it", "direct", 0.9, re.compile(
        rf"^(?:[Aa]s|[Ii]n the words of)\s+(?P<mention>[^,:“”\"]{{2,80}}?)\s+(?P<cue>put it)[,:]\s*"
        rf"{_QUOTE_MAY_RUN_ON}"
    )),
    # "The minister put it bluntly: “We cannot afford this.”"
    ("put_it", "direct", 0.9, re.compile(
        rf"^(?P<pre>){_MENTION}{_ASIDE}{_APPOS}\s+(?P<cue>put it)(?:\s+[a-z]+ly)?:\s*"
        rf"{_QUOTE_MAY_RUN_ON}"
    )),
    # "Interfax quoted Deputy Foreign Minister Sergei Ryabkov as saying that …", "The governor
    # was quoted by local media as saying …": the one quoted, not who quoted them.
    ("quoted_as_saying", "indirect", 0.85, re.compile(
        # "Orvane gave no firm reason for …, but quoted him as saying …"
        r"^(?P<pre>(?:[^“”\";:]{1,200}?,\s+(?:but|and)\s+|(?:[\w'’.-]+\s+){1,8}?)"
        r"(?:(?:also|later|earlier)\s+)?quoted\s+)"
        r"(?P<mention>[^,;:“”\"]{2,100}?)(?P<appos>,[^;:“”\"]{2,100}?,)?"
        r"\s+as\s+(?P<cue>saying)(?:\s+that)?,?\s+(?P<content>\S.+)$"
    )),
    ("quoted_as_saying", "indirect", 0.85, re.compile(
        rf"^(?P<pre>){_MENTION}{_ASIDE}{_APPOS}\s+(?:was|were|has\s+been|had\s+been)\s+"
        r"(?:quoted|cited)(?:\s+by\s+[^,;:“”\"]{2,80}?)?\s+as\s+(?P<cue>saying)(?:\s+that)?,?\s+"
        r"(?P<content>\S.+)$"
    )),
    # "Valan sacked Darga for …, the Gundem Daily newspaper quoted the president as telling a
    # meeting of his party's lawmakers": the one quoted, after the claim.
    ("quoted_as_saying", "indirect", 0.85, re.compile(
        r"^(?P<content>[^“”\"].+?),\s+(?:[\w'’.-]+\s+){1,6}?quoted\s+"
        r"(?P<mention>[^,;:“”\"]{2,60}?)\s+as\s+(?:(?P<cue>telling)\s+(?![^.;“”\"]*\bthat\b)"
        r"[^.;“”\"]{1,120}|saying(?:\s+on\s+[A-Z]\w+)?)[.!?]?$"
    )),
    # "It had been predicted by the company that the turbine would …": the passive's agent.
    ("passive_it_by", "indirect", 0.8, re.compile(
        r"^\s*(?:It|This)\s+(?:(?:has|had)\s+(?:also\s+)?been|was|is)\s+(?:also\s+)?"
        r"(?P<cue>predicted|claimed|estimated|suggested|argued|alleged|said|stated|reported|"
        r"announced|confirmed|forecast)\s+by\s+(?P<mention>[^,;:“”\"]{2,80}?)\s+that\s+"
        r"(?P<content>\S.+)$"
    )),
    # '"The collapse was caused by the damaged spillway," the paper quoted him as saying.': the
    # one quoted, after the quotation.
    ("quoted_as_saying", "direct", 0.9, re.compile(
        r"^\s*[“\"](?P<content>[^“”\"]{2,}?)[,.]?[”\"],?\s+(?:[\w'’.-]+\s+){1,6}?quoted\s+"
        r"(?P<mention>[^,;:“”\"]{2,60}?)\s+as\s+(?P<cue>saying)[.!?]?\s*$"
    )),
    # X said: “Quote”
    # 'an image of the messages, which Adjeman had posted with the words "2026 and this is still
    # happening"': a post's own words.
    ("posted_with_words", "direct", 0.85, re.compile(
        rf"^(?P<pre>.*?){_MENTION}\s+(?:had\s+|has\s+)?(?:posted|shared|tweeted)\b[^.,;“”\"]{{0,80}}?"
        r"\s+(?:with|under)\s+the\s+(?:words|caption|message)\s+"
        r"(?P<content>[“\"][^“”\"]{2,200}[”\"])"
    )),
    ("said_colon_quote", "direct", 0.93, re.compile(
        # "The writer went on: "It may be cold comfort …""
        # 'Another fumed: "…"'
        # 'Oriel Pemberly took to social media to say: "…"'
        # 'A statement on the company's website read: "…"'
        rf"^(?P<pre>.*?){_MENTION}{_ASIDE}{_APPOS}\s+(?:{_CUE}|went\s+on|fumed|raged|vented|reads?|"
        r"took\s+to\s+(?:social\s+media|[A-Z][\w-]*)\s+to\s+(?:say|write|post)|"
        # 'Musician Joel Hennock posted on X: "…"'
        rf"(?:posted|wrote)\s+on\s+{_SOCIAL}|"
        # 'Passenger Colin Tovey sent a post to Anglia Rail at 10.54pm which read: "…"'
        r"sent\s+an?\s+(?:post|tweet|message|email|text)\s+to\s+[^:;“”\"]{1,60}?\s+(?:which|that)\s+"
        r"(?:read|said|stated))"
        # 'Clement Iredale, registrar at …, commented; "…"': a semicolon for the colon
        rf"{_TIME}(?::|;(?=\s*[“\"]))\s*"
        rf"{_QUOTE_MAY_RUN_ON}"
    )),
    # 'Andrew Peake saying: "I blame the ocean."': a broadcast script's line, the speaker named
    # at the sentence's start and nothing else before the quotation.
    ("saying_colon_quote", "direct", 0.9, re.compile(
        rf"^(?P<mention>{TITLE}?{PROPER_NAME})(?:,\s+(?P<appos>[^,:;“”\"]{{3,80}}?))?\s+saying:\s*"
        rf"{_QUOTE_MAY_RUN_ON}"
    )),
    # "Mr. Jones was blunt: “This deal is dead.”", "She had a warning for investors: “…”": a
    # quotation a person's own sentence introduces.
    ("verdict_colon_quote", "direct", 0.85, re.compile(
        rf"{_NAMED_SUBJECT}(?:was|were|is|are|had|has|sounded|"
        r"remained)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+:\s*"
        rf"{_QUOTE_MAY_RUN_ON}"
    )),
    # "One father was plainly angry at the closure: "…"": a person described, not named.
    ("verdict_colon_quote", "direct", 0.85, re.compile(
        r"^(?P<mention>(?:One|Another|An?)\s+(?:[a-z-]+\s+)?(?:parent|father|mother|mum|dad|"
        r"resident|neighbou?r|passenger|witness|woman|man|worker|nurse|teacher|driver|shopper|"
        r"fan|pupil|student|customer|commuter|pensioner))\s+(?:was|were|sounded|remained)\s+"
        r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+:\s*"
        rf"{_QUOTE_MAY_RUN_ON}"
    )),
    # 'He closed his message by promising the pilgrims his prayers: "I bless you all."': the
    # speaker's own words, which the sentence says end (or open) what they said.
    ("speech_colon_quote", "direct", 0.85, re.compile(
        rf"{_NAMED_SUBJECT}(?P<cue>closed|ended|"
        r"concluded|opened|began|finished)\s+(?:his|her|their)\s+(?:[a-z]+\s+)?(?:message|speech|"
        r"remarks|address|sermon|homily|statement|letter|post|video)\b[^:“”\"]{0,160}:\s*"
        rf"{_QUOTE_MAY_RUN_ON}"
    )),
    # 'Trump weighed in on Twitter by blaming Clinton: "This is nonsense," he said.': the
    # sentence's subject introduces the quotation the pronoun after it attributes.
    # "Its candidate, state Senator Paul Brisco, weighed in …": the name after a description.
    ("subject_colon_quote", "direct", 0.85, re.compile(
        r"^(?:(?:Its|His|Her|Their|The)\s+[a-z]+(?:\s+[a-z]+)?,\s+)?"
        # (not "As recently as January, the couple …: "…," he posted": an opening, no one)
        rf"{_NOT_A_NAME}{NOT_A_SUBJECT}"
        rf"(?P<mention>(?:[a-z]+\s+)?{TITLE}?{PROPER_NAME})(?:,[^,“”\":;]{{3,80}},|,)?"
        rf"\s+[a-z][^“”\":;]{{5,200}}?:\s*{_QUOTE}[,.!?]?[”\"]?"
        r"\s*,?\s*(?:he|she|they)\s+(?:said|says|added|wrote|tweeted|posted)\b[^“”\"]{0,80}$"
    )),
    # Content, the bank said in a statement, below the figure analysts expected, according to
    # a consensus: the bank's claim; the according-to is about the aside.
    ("trailing_said_aside", "indirect", 0.8, re.compile(
        r"^(?P<content>[^“”\"].+?),\s+(?P<mention>(?:[Tt]he|[Aa]n?|[Ii]ts|[A-Z])[^,.;:“”\"]{1,60}?)\s+"
        r"(?P<cue>said|says|reported|announced|confirmed)(?:\s+in\s+a\s+(?:statement|filing|release))?"
        r",\s+[^“”\"]*\baccording\s+to\b[^“”\"]*$"
    )),
    # According to X, content.
    ("according_to_lead", "according_to", 0.9, re.compile(
        # Near the sentence's start: "Rents rose 38%, according to figures …, faster than …" is
        # a trailing attribution with an aside after it.
        # Not after a comma: 'Turnout was "steady," according to …' is a trailing attribution.
        # "As per Ukrainian President Volodymyr Zelensky, …" reads the same.
        rf"^(?P<pre>(?:\S+\s+){{0,4}}?)(?<!,\s)(?<!,[”\"]\s)(?:[Aa]ccording to|[Aa]s per) {_NOT_AN_IDIOM}(?P<mention>(?:[^,]|,(?=\d{{3}})){{2,120}})"
        # "According to the complaint, filed in federal court in Manhattan, the bank …"
        r"(?P<appos>,\s+(?:filed|published|released|seen|obtained|issued)\s[^,“”\"]{2,80}"
        # "According to the second-ranking Hamas figure in Gaza, Khalil al-Hayya, the proposal …"
        rf"|,\s+{TITLE}?{PROPER_NAME}(?=,\s+(?:the|a|an|his|her|its|their)\s)"
        # "According to Ingrid Holm of the University of Aarhus, who leads the Danish team, the …"
        r"|,\s+who\s[^,“”\"]{2,80}"
        # "According to the book, Vesper reports, Gale texted …": who relays it
        r"|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:reports|reported|says|said)(?=,))?,\s*"
        r"(?P<content>.+)$"
    )),
    # Content, according to X.
    # "The announcement, according to Youngkin and other state officials, is one of the
    # largest …": the whole sentence, the source set inside it, as "…, says the mayor, …" is.
    ("according_to_aside", "according_to", 0.85, re.compile(
        # "But instead of burying the hatchet, McConnell, according to National Review
        # criticized Sasse …": a past verb after it, its closing comma sometimes left out.
        r"^(?P<content>[^,“”\"]{3,120}(?:,\s+[^,“”\"]{2,60})?,\s+according\s+to\s+"
        r"(?P<mention>[^,;“”\"]{2,80}?(?=,\s)|(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}"
        # (not "according to results from a trial presented on Saturday": a participle)
        r"(?=\s+[a-z]{3,}ed\s+(?!(?:by|on|in|at|after|before|during|for|from|with)\b)))(?:,\s+|\s+)"
        r"(?=(?:will|would|is|was|are|were|has|had|have|can|could|should|must|may|might|does|"
        r"did|do)\b|[a-z]{3,}ed\b).+)$"
    )),
    ("according_to_tail", "according_to", 0.88, re.compile(
        # Not "Police said that, according to witnesses, …": the source the speaker cites (nor
        # "… had been downed and, according to initial reports, there had been no damage").
        rf"^(?P<content>.+?)(?<!\bthat)(?<!\band),[”\"]?\s*(?:according to|as per) {_NOT_AN_IDIOM}(?P<mention>{TITLE}?(?:[^,.;—–]|,(?=\d{{3}})|{_DOMAIN_DOT}){{2,160}})(?P<appos>,(?:{TITLE}|[^.—–]|\.(?=\w))*)?"
        # "…, according to people familiar with the conversations — in addition to the
        # president's admonishments of Mitch McConnell, …": the reporter's aside after the dash
        # (', which cites "multiple sources."': the sentence's full stop inside the quotation)
        r"(?:\s+[—–]\s+[^“”\"]*)?[.!?]?[”\"]?$"
    )),
    # Content, he insisted, more content. "…, she said, but an order stayed in effect": what
    # follows "but" is the reporter's.
    ("parenthetical", "indirect", 0.8, re.compile(
        r"^(?P<content>[^,“”\"]{3,80}(?=,\s+(?P<mention>he|she|it|they|[A-Z][^,“”\"]{1,60}?)\s+"
        # ("…, park officials determined, but …": what they found)
        r"(?P<cue>said|says|insisted|insists|added|claimed|argued|warned|noted|stressed|"
        r"determined|concluded),\s+but\s"
        # "…, Landsberg said, but was considered "flyable"": the same clause goes on, his too
        rf"(?!{GOES_ON})))"
    )),
    ("parenthetical", "indirect", 0.8, re.compile(
        # ("…; after that, officials said, there might be no way out": people, in lower case)
        # "… are offering up an explanation: Before birth, they say, mammals dream …": what
        # follows the colon.
        r"^(?:[^,:“”\"]{3,120}:\s+)?"
        r"(?P<content>(?:[^,:“”\"]|:(?!\s)){3,80},\s+(?P<mention>he|she|it|they|the\s+[a-z][^,“”\"]{1,60}?|"
        r"officials|police|analysts|experts|witnesses|residents|sources|doctors|friends|relatives|"
        r"neighbou?rs|colleagues|investigators|authorities|organi[sz]ers|"
        r"[A-Z][^,“”\"]{1,60}?)\s+"
        r"(?P<cue>said|says|insisted|insists|added|claimed|argued|warned|noted|stressed|"
        r"explains|explained|writes|wrote|write|recalls|recalled|say|argue|warn|"
        # "A few votes versus many, Graham told reporters, would be "the difference …""
        r"told\s+(?:reporters|journalists)|"
        # "One explanation, she offered in an investor note, is that …"
        r"(?:offered|suggested|wrote|said)\s+in\s+(?:a|an|the|his|her|their|its)\s[^,“”\"]{1,40}?),\s+"
        # Not "…, he says, each of which costs money": a clause that only adds to the claim.
        # … nor "…, the ministry said, with Israel saying …": another's claim (with_saying).
        # (Nor 'When asked about morale, Zuckerberg said, "Well, …"': a quotation of its own.)
        # (Nor "…, the group said, without elaborating": how it was said.)
        rf"(?!(?:and|but)\s+(?!{GOES_ON})|(?:which|each|who|as|while|with|without)\b|[“\"]).+)$"
    )),
    # 'Calling it an "uncontained failure", he said, would depend on …': a phrase quoted in the
    # subject, whose verb goes on after (not '"…", she writes, poorly insured …'); the comma may
    # stand inside the quotation ('Classifying it as an "uncontained engine failure," he said,
    # depends on …').
    ("parenthetical", "indirect", 0.8, re.compile(
        r"^(?P<content>(?![“\"])[^,“”\"]{3,60}[“\"][^,“”\"]{1,60}(?:[”\"],|,[”\"])\s+(?P<mention>he|she|it|they)\s+"
        r"(?P<cue>said|says|added|argued|warned),\s+"
        r"(?=(?:will|would|is|was|are|were|has|had|have|can|could|should|must|may|might|"
        r"depends|depended|means|meant|remains|remained|requires|required|hinges|hinged)\b).+)$"
    )),
    # "The council, says the mayor, will pay for repairs": the verb first.
    ("parenthetical", "indirect", 0.8, re.compile(
        r"^(?P<content>[^,“”\"]{3,80},\s+(?P<cue>said|says|insisted|insists|added|argued|warned)\s+"
        # … then the rest of the clause, not an apposition ("said Davide Farnocchia, an
        # engineer at NASA"),
        r"(?P<mention>(?:the\s+)?[A-Za-z][^,“”\"]{1,60}?),\s+"
        # "What is needed, said Dr. Lena Sato, a statistician at Kessel University, is …"
        r"(?:(?:a|an|the)\s+[^,“”\"]{2,80}?,\s+)?"
        # whose verb goes on after it ("will pay"), not a new clause ("there would have been")
        r"(?=(?:will|would|is|was|are|were|has|had|have|can|could|should|must|may|might|does|"
        r"did|do)\b).+)$"
    )),
    # … what they claim, is X.
    # "Local outlet S1 published photos it said showed an explosion at the site": what the
    # publisher says its pictures show.
    ("pictures_it_said", "indirect", 0.75, re.compile(
        rf"^{_MENTION}\s+(?:published|posted|released|shared|broadcast|aired)\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:photos?|photographs?|pictures?|images?|videos?|footage|clips?|maps?|documents?)\s+"
        r"(?:(?:that|which)\s+)?(?:it|they|he|she)\s+(?P<cue>said|says|claimed|claims)\s+"
        r"(?P<content>(?:showed|shows|show|was|were|is|are)\s.+)$"
    )),
    # 'carrying a rifle and what police said was "a bag full of magazines,"': the quotation
    ("what_they_said_was", "indirect", 0.75, re.compile(
        r"\bwhat\s+(?P<mention>police|officials|authorities|witnesses|(?:the\s+)?[a-z]+|"
        r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?P<cue>said|says|described\s+as|called)\s+"
        r"(?:was|were|is|are)\s+(?P<content>[“\"][^“”\"]{3,200}[”\"])"
    )),
    ("what_they_claim", "indirect", 0.75, re.compile(
        # "Footage released by the group shows what they claim is a destroyed armoured vehicle"
        r"(?:^|,\s*|\b(?:shows?|showed|showing|depicts?|depicted)\s+)what\s+"
        r"(?P<mention>they|it|he|she|the\s+group)\s+(?P<cue>claims?|says?|said|alleges?)"
        r"(?:,\s*|\s+(?=(?:is|are|was|were)\s))(?P<content>.+)$"
    )),
    # Content, he told a news conference. The pronoun's sentence is all the claim, though it has a
    # cue of its own ("Hospitals have reported a 30% rise …, he told a press conference").
    ("trailing_pronoun", "indirect", 0.82, re.compile(
        rf"^(?P<content>[^“”\"].{{10,}}?),[”\"]?\s+(?P<mention>he|she|they|it)\s+(?P<cue>said|says|"
        rf"added|insisted|warned|argued|noted|explained|claimed|writes|wrote|"
        rf"told(?:\s+[\w'’-]+){{1,6}}){_TIME}"
        # "…, he says, each of which costs money", "…, she writes, poorly insured and often
        # decades old": what follows adds to the claim before.
        r"(?:,\s+[^“”\"]{1,200}?)?[.!?]?$"
    )),
    # Content, said X (, a scholar at …). The content has no quotation marks.
    # "Twenty years ago, says Tom Penhale, there would have been a dozen boats": what follows
    # the speaker is the claim, when it is a clause of its own (not "The plan, says X, is …").
    ("says_amid", "indirect", 0.8, re.compile(
        rf"^{_FRONTED},\s+(?P<cue>says|said)\s+(?P<mention>{TITLE}?{PROPER_NAME}|he|she|they)"
        # (an apposition, "…, says Anna Berg, a deckhand, …", never "…, says Corrigall, they can
        # expect …": the clause itself)
        rf"(?P<appos>,\s+(?:(?:the|a|an|his|her|their|its)\s|[A-Z])[^,“”\"]{{1,80}}?)?,\s+"
        rf"{_CLAUSE_AFTER}"
    )),
    # "When Anna Berg first boarded a tanker, she says, the crew told her …".
    ("says_amid", "indirect", 0.8, re.compile(
        rf"^{_FRONTED},\s+(?P<mention>he|she|they|{TITLE}?{PROPER_NAME})\s+(?P<cue>says|said),\s+"
        rf"{_CLAUSE_AFTER}"
    )),
    # Content, said X: the sentence ends with who said it, a name or a description without verbs.
    # "Several passengers were taken to hospital, reported the Kalani Star-Ledger.": an outlet
    # by its name (not "Officials say …, reports the Herald's Nadia Fenn": theirs, relayed).
    ("said_speaker", "indirect", 0.8, re.compile(
        r"^(?!(?:[\w'’-]+\s+){1,4}(?:say|says|said|told)\b)(?P<content>[^“”\"].{10,}?),[”\"]?\s+"
        r"(?P<cue>reported|reports)\s+(?P<mention>(?:the\s+)?[A-Z][\w'’&-]*(?:[\s-][A-Z][\w'’&-]*){0,4})"
        r"[.!?]?$"
    )),
    ("said_speaker", "indirect", 0.82, re.compile(
        # '…, as "money is a motivator for some people," said …': its quotation's comma inside
        rf"^(?P<content>[^“”\"].{{10,}}?),[”\"]?\s+(?P<cue>said|says|added|adds|insisted|warned|argued|"
        # "There was a strong explosion, recalled passenger Lorenzo Nunez."
        rf"wrote|noted|explained|claimed|charged|countered|recalled|recalls|"
        # "…, but speed wasn't a factor, confirmed Federal Railroad Administration spokesman …"
        rf"confirmed|acknowledged|conceded)"
        rf"\s+(?P<mention>"
        # "…, said M23 political branch spokesman Bertrand Bisimwa Saturday."
        r"(?:(?!(?:on|in|at|to|from|after|before|during|with|by|and|but|as|while|when)\b)"
        rf"{_NOT_VERBISH}[\w'’&-]+\s+){{0,5}}?{TITLE}?{PROPER_NAME}"
        # "…, said a reporter for the Guardian.": a description after the cue, the sentence's end
        rf"|(?:the|a|an)\s+(?:{_NOT_VERBISH}[\w'’&-]+\s+){{0,6}}?[\w'’&-]+(?=(?:{_DAY_NAMED})?[.!?]?$"
        # "…, said the country's deputy minister of health, Dr. Ziad Memish."
        rf"|,\s+{TITLE}?{PROPER_NAME}[.!?]?$"
        # "…, said the report, however, their agencies kept watch.": its next clause, set off
        r"|,\s+however,\s))"
        # "…, said Commissioner Kevin Davis in a Friday afternoon press conference that …"
        r"(?:\s+(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s[^,“”\"]{1,160}?)?"
        rf"(?:{_DAY_NAMED})?(?P<appos>,[^“”\"]*)?[.!?]?$"
    )),
    # "…, the first confirmed case in the region in years, say officials at the county health
    # department.": a plural's verb before it, with where they serve.
    ("said_speaker", "indirect", 0.8, re.compile(
        r"^(?P<content>[^“”\"].{10,}?),[”\"]?\s+(?P<cue>say)\s+(?P<mention>(?:[a-z]+\s+){0,2}"
        r"(?:officials|authorities|police|experts|investigators|sources|doctors|researchers|"
        r"scientists|analysts|residents|witnesses)"
        r"(?:\s+(?:at|of|from|in|with)\s+[^,.;“”\"]{2,80}?)?)[.!?]?$"
    )),
    # "The survey, conducted by X for Y, found Ortega with 41 percent", "Police department
    # figures show violent crime rose 9 percent": a document's finding, without "that".
    ("document_found", "indirect", 0.75, re.compile(
        # Not "The 11 panel members said data from a trial showed …": theirs, by "said".
        r"^(?P<mention>(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:(?!said\s|says?\s)[\w'’-]+\s+){0,4}?"
        r"(?i:survey|poll|study|audit|analysis|review|trial|figures|data|records|statistics|report|"
        # "The statement indicated there was no evidence of fire": the statement quoted before
        r"emails|documents|filings|invoices|messages|minutes|measurements|observations|readings|"
        r"statement)"
        # "NHS England data published on Thursday shows …"
        r"(?:\s+(?:published|released)\s+(?:(?:on|last|this|in)\s+[\w ]{2,30}?|yesterday|today))?"
        # "A 2022 study by researchers at the University of California, Berkeley found that"
        # (Not "A statement from his label, X, said the postponed shows …": its "said" is the cue.)
        # "a report published by the United Nations showed …"
        r"(?:\s+(?:(?:compiled|collected|gathered|reviewed|seen|obtained|published|released|issued)"
        r"\s+)?(?:by|from)\s+"
        r"(?:(?!\bsaid\b|\bsays\b)[^“”\";:]){2,120}?)?"
        # ", conducted by X for Y,", ", conducted Oct. 10-14,"
        # (", published in the journal X," names the journal: reported speech has that.)
        # "The figures, from the state's Center for Health Information and Analysis, show …"
        r"(?:,\s+(?:conducted|carried\s+out|commissioned|published|released|from)\s"
        r"(?!in\s+(?:the\s+)?journal\b)[^,“”\"]{2,100},)?)"
        r"\s+(?P<cue>found|finds|shows?|showed|suggests?|suggested|indicates?|indicated)\s+"
        r"(?:that\s+)?(?P<content>[^“”\"]\S.+)$"
    )),
    # "The jury was told by junior prosecution counsel Ian Lawrie that …": the one who told it.
    ("told_by", "indirect", 0.8, re.compile(
        # (A hearing's listeners only: "its experts had been told by managers that …" is the
        # experts' account, inside another's.)
        r"^(?P<pre>(?:[Tt]he\s+|[Aa]\s+)?(?:[\w,-]+\s+){0,4}?(?:jury|jurors|court|inquest|hearing|"
        r"tribunal|inquiry|committee)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+told\s+"
        r"(?:(?:on\s+)?" + WEEKDAY + r"\s+|yesterday\s+|today\s+)?by\s+)"
        r"(?P<mention>[^,;:“”\"]{2,80}?)\s+(?P<cue>that)\s+(?P<content>\S.+)$"
    )),
    # "The court heard that …", "The jury was told …": the record of the hearing.
    ("court_heard", "indirect", 0.8, re.compile(
        r"^(?P<pre>)(?P<mention>(?:[Tt]he\s+)?(?:court|jury|jurors|inquiry|inquest|tribunal|hearing))"
        r"\s+(?:has\s+|had\s+)?(?P<cue>heard|was\s+told|were\s+told)\s+(?:that\s+)?(?P<content>\S.+)$"
    )),
    # "The loan was first reported by the daily El Observador, which said it had been made …".
    ("by_which_said", "indirect", 0.8, re.compile(
        r"^(?P<pre>.*?\b(?:by|from)\s+)(?P<mention>(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
        # "… built by Safran Reosc in France, which called the order "…""
        # ("… claimed by al-Shabaab, which said …": its article joined, in lower case)
        r"(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4})(?:\s+in\s+[A-Z][\w'’-]+)?,\s+which\s+"
        r"(?P<cue>said|says|reported|reports|called(?=\s[^“”\".;]{1,60}?[“\"]))"
        r"\s+(?:that\s+)?(?P<content>\S.+)$"
    )),
    # "… at the request of the county district attorney's office, which said in a court filing
    # that it "no longer has confidence" in the verdict": a body named by its noun, then "which
    # said … that".
    ("by_which_said", "indirect", 0.8, re.compile(
        r"^(?P<pre>.*?\s)(?P<mention>(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:office|ministry|department|agency|union|commission|council|committee|authority|"
        r"board|government|regulator|watchdog|prosecutors|police|company|group|institute)),\s+"
        r"which\s+(?P<cue>said|says|stated|reported|announced)"
        r"(?:\s+(?:in|on)\s+(?:a|an|its|the)\s+[\w-]+(?:\s+[\w-]+)?|\s+on\s+" + WEEKDAY + r")?"
        r"\s+that\s+(?P<content>\S.+)$"
    )),
    # "The ministry issued a statement saying …", "Others added a note saying …": what the
    # statement says is its author's. Before reported_speech, which would read "note" as a cue.
    ("statement_saying", "indirect", 0.8, re.compile(
        # ("Ericsson … today issued a statement confirming that …", a press release's "today")
        rf"^{_MENTION}{_ASIDE}{_APPOS}\s+(?:(?:has|have|had)\s+(?:since\s+)?)?(?:(?:later|today|also|{MANNER_ADVERB})\s+)?"
        r"(?:issued|released|put\s+out|posted|published|sent|added|shared|uploaded|read\s+out|"
        # "filed a complaint with the labour board claiming company representatives were not …"
        r"filed|lodged)\s+"
        # ("issued a warning on its website stating, "…"": a warning, an alert or an advisory)
        r"(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|note|message|letter|post|"
        r"warning|alert|advisory|"
        r"video|tweet|notice|memo|email|update|clip|caption|paper|study|report|article|complaint|"
        r"lawsuit|suit|petition|grievance)"
        r"(?:\s+on\s+[\w ]{1,30}?)?"
        # "sent a letter to eight committee chairmen on Friday stating that …": to whom, and when
        r"(?:\s+(?:to|with|against)\s+[^,;“”\"]{1,100}?)?(?:\s+on\s+[A-Z]\w+)?,?\s+"
        # "published a Nature paper reporting that …"
        r"(?P<cue>saying|stating|claiming|warning|insisting|alleging|reporting(?=\s+that\b)|"
        r"showing(?=\s+that\b)|concluding(?=\s+that\b)|"
        # "issued a statement confirming that it is being investigated"
        r"confirming(?=\s+that\b)|disclosing(?=\s+that\b)|announcing(?=\s+that\b)|"
        # "issued a statement denying that the release was meant to mislead": its verb kept
        r"denying|"
        # 'released a statement, which said in part, "…"'
        rf"{_WHICH_SAID_IN_PART})(?:\s+that\b)?,?\s+"
        r"(?P<content>[^“”\"].+|[“\"].+)$"
    )),
    # 'A statement was released from Dr. Matthew Cartter …, which said in part, "…"': the
    # statement is its sender's, though the sentence opens with it.
    ("statement_saying", "indirect", 0.8, re.compile(
        r"^(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|message|note|memo)\s+"
        r"(?:was|has\s+been)\s+(?:released|issued|sent|put\s+out|posted)\s+(?:from|by)\s+"
        rf"{_LOOSE_MENTION},?\s+(?P<cue>{_WHICH_SAID_IN_PART}|"
        r"saying|stating)(?:\s+that\b)?,?\s+(?P<content>[^“”\"].+|[“\"].+)$"
    )),
    # "… when they were handed a letter from the head saying the school would be shut": what
    # the letter says is its writer's.
    ("letter_from_saying", "indirect", 0.8, re.compile(
        r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:letter|note|message|email|e-mail|notice|memo|text)\s+"
        r"from\s+(?P<mention>(?:the\s+|an?\s+|[A-Z])[^,;:“”\"]{1,60}?),?\s+"
        r"(?P<cue>saying|stating|warning|explaining|telling\s+(?:them|parents|residents|staff|us))"
        r"(?:\s+that\b)?,?\s+(?P<content>[^“”\"].+|[“\"].+)$"
    )),
    # "One of those affected has reacted angrily to what he called the "incompetence" of the
    # company": what he called it is his claim.
    ("reacted_to_what_called", "indirect", 0.75, re.compile(
        r"^(?=.*\bwhat\s+(?:he|she|they|it)\s+(?:called|calls|described|describes|termed)\s)"
        rf"{_MENTION}{_ASIDE}{_APPOS}\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?:reacted|"
        r"responded|hit\s+out|lashed\s+out|objected)(?:\s+[a-z]+ly)?\s+(?:to|at|against)\s+"
        r"what\s+(?:he|she|they|it)\s+(?P<cue>called|calls|described\s+as|describes\s+as|termed)"
        r"\s+(?P<content>\S.+)$"
    )),
    # "On Thursday morning Ravensmoor Zoo issued the following statement at 10.40am: "…"": the
    # statement is its issuer's.
    ("issued_statement_colon", "direct", 0.85, re.compile(
        # (its verb looked for first: the subject's shape is costly to try on every sentence)
        r"^(?=[^:]*\b(?:issued|released|put\s+out|posted|published|shared)\s[^:]*(?::|,\s*[“\"]))"
        r"(?:(?:On|Late\s+on|Early\s+on|Later\s+on|By)\s+(?:[\w.]+\s+){1,3}?(?=[A-Z]))?"
        rf"{_MENTION}{_ASIDE}{_APPOS}\s+(?:(?:has|have|had)\s+)?(?:later\s+)?(?:issued|released|put\s+out|"
        r"posted|published|shared)\s+(?:the\s+following|an?|its|their|this)\s+(?:[\w-]+\s+){0,2}?"
        # (not "issued a statement saying: "…"", whose participle another shape reads)
        # ('issued a statement, "After a routine flight, …"': a comma for the colon)
        r"(?:statement|update|message|post|note)(?:\s+(?!(?:saying|stating)\b)[^:“”\",]{1,60}?)?"
        r"(?::\s*|,\s+(?=[“\"]))"
        rf"{_QUOTE_MAY_RUN_ON}"
    )),
    # "the same customers received a letter stating: "…"", "a letter was sent out on 4 September
    # telling some customers "…"": a letter whose sender the sentence leaves unnamed.
    ("letter_unsigned", "indirect", 0.75, re.compile(
        r"(?:\b(?:received|got|were\s+(?:sent|handed|given))\s+|^(?:Then\s+|Now\s+)?)"
        rf"(?P<mention>{UNSIGNED_LETTER})"
        r"(?:\s+(?:was|were)\s+(?:sent|delivered|posted|pushed)(?:\s+(?:out|through))?)?"
        r"(?:\s+(?!from\b)[\w'’-]+){0,5}?"
        r"\s+(?P<cue>saying|stating|warning|telling\s+(?:[\w'’-]+\s+){0,3}?(?:customers|residents|"
        r"parents|them|people|households|tenants|us))(?:\s+that\b)?[:,]?\s+"
        r"(?P<content>[^“”\"].+|[“\"].+)$"
    )),
    # "Ryan delivered a warning to Senate Democrats that they would pay a political price …":
    # what the warning (assurance, promise) says is its giver's.
    ("gave_warning", "indirect", 0.8, re.compile(
        rf"^{_MENTION}{_ASIDE}{_APPOS}\s+(?:(?:has|have|had)\s+)?(?:delivered|issued|gave|sent|"
        r"offered|made)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?P<cue>warning|"
        r"assurance|promise|pledge|reminder|prediction)s?(?:\s+to\s+[^,;“”\"]{1,80}?)?\s+that\s+"
        r"(?P<content>\S.+)$"
    )),
    # "Podesta … cited a report by Yahoo News that the FBI had yet to read the emails": the
    # report's claim, not the one who cites it.
    ("cited_report", "indirect", 0.8, re.compile(
        rf"\b(?P<cue>{CITED_REPORT})\s+(?P<mention>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,4}})"
        # "The senator, citing a report … that …, demanded an inquiry": the sentence goes on.
        r"\s+that\s+(?P<content>[^“”\"].+?|[“\"].+?)(?:,\s+(?:[a-z]+ed|said|says)\s[^“”\"]*)?[.!?]?$"
    )),
    # "Sanders was asked at the briefing about a Washington Post report that Trump dictated …":
    # the outlet's claim, put to someone who is not its source.
    ("asked_about_report", "indirect", 0.8, re.compile(
        r"\b(?P<cue>asked|questioned)\s+(?:[^,;“”\"]{0,60}?\s+)?about\s+(?:a|an|the)\s+"
        r"(?P<mention>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\s+(?:report|story|article)"
        r"\s+that\s+(?P<content>[^“”\"].+?)[.!?]?$"
    )),
    # "As Breitbart News' Lee Stranahan reported from the scene last week, city officials are
    # aiming …": the claim is the main clause, after where and when it was reported.
    ("as_reported", "indirect", 0.8, re.compile(
        rf"^(?:[Jj]ust\s+)?[Aa]s\s+{_MENTION}\s+(?:(?:has|had|first|previously|also)\s+)?"
        # "As one meteorologist at the Weather Service tells WDKS's Dana Quillfeather, …": the
        # present too
        r"(?P<cue>reported|said|says|noted|notes|wrote|writes|revealed|disclosed|found|announced|"
        r"explained|explains|pointed\s+out|testified|(?:told|tells)\s+[^,“”\"]{1,40}?)(?=[\s,])"
        r"[^,“”\"]{0,100},\s+"
        r"(?P<content>[^“”\"].+|[“\"].+)$"
    )),
    # X said (on Monday) (that) content.
    ("reported_speech", "indirect", 0.85, re.compile(
        rf"^(?P<pre>.*?){_MENTION}{_ASIDE}{_APPOS}\s+(?:(?:has|have|had|also|later|earlier|previously|repeatedly|now|since|already|"
        # "Earnest initially said …"
        rf"again|then|(?<!,\s)first|reportedly|allegedly|initially|publicly|privately|separately|further|"
        # "He categorically denied that …", "The ministry flatly rejected …"
        rf"categorically|flatly|strongly|firmly|vehemently|sharply|angrily|openly|formally|"
        rf"officially|explicitly|bluntly|emphatically|quickly|swiftly|immediately|quietly|"
        rf"subsequently|eventually|finally|soon|twice|once|falsely|wrongly|incorrectly|on \w+|"
        # "The TMA however said …": an aside its commas left out
        rf"however|meanwhile|instead|likewise|nonetheless|nevertheless|"
        # "She did however say the operator was …": an emphatic "do", not "did not say"
        rf"did|does|"
        # "Caldra Avionics, a Dutch electronics maker, would only state that …", "The mayor would
        # note further only that …"
        rf"would(?:\s+only)?|"
        # "Governor Bob McDonnell today announced that …"
        rf"today|yesterday|tonight|{MANNER_ADVERB})\s+)*{_CUE}{_TIME}(?:\s+(?:publicly|privately|repeatedly|previously|also|again|separately|further))?"
        r"(?:\s+only(?=\s+that\b))?"
        # "wrote on X, formerly Twitter, that …"
        r"(?:,\s+(?:formerly|previously)\s+(?:known\s+as\s+)?[A-Z][\w'’-]*,"
        # "said in a statement on X (formerly Twitter) on Wednesday that …"
        r"|\s+\((?:formerly|previously)\s+(?:known\s+as\s+)?[A-Z][\w'’-]*\)(?:\s+on\s+[A-Z][a-z]+day)?)?"
        # "The White House has acknowledged, for example, that it learned …"
        r"(?:,\s+(?:for\s+example|for\s+instance|however|moreover|in\s+fact|too),(?=\s+that\b))?"
        # Not "…, one of the sources said, earlier than planned": what was said came before
        # (nor '"…," X wrote on social media, calling …': a place's last word before a comma)
        # "The department replied, saying they were responding to …": what the reply said
        rf"(?:\s+{LINKING_THAT})?(?:,\s+saying(?:\s+that)?(?=\s))?"
        r",?\s+(?P<content>(?!(?:earlier|later)\s+than\b)(?![a-z]+(?<!ing),\s)\S.+)$"
    )),
    # "Prosecutors are telling a federal judge they've heard enough", "Officials are warning
    # that …": the progressive, which the cue above leaves out (not "are reported to").
    ("reported_speech", "indirect", 0.82, re.compile(
        rf"^(?P<pre>.*?){_MENTION}{_ASIDE}{_APPOS}\s+(?:is|are)\s+(?:now\s+|again\s+)?"
        r"(?P<cue>telling\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[a-z]+\s+)?(?:judge|court|jury|"
        r"reporters|journalists|lawmakers|investors|customers|staff|employees|workers|members|"
        r"voters|supporters|residents|parents)|(?:warning|insisting|arguing|saying|claiming|"
        # "Democrats are pointing out that …", "Republicans are signaling they're not going to …"
        r"pointing\s+out|signall?ing)(?=\s+that\b)|"
        r"signall?ing(?=\s+(?:they|he|she|it|we)(?:['’]re|['’]ll|\s+(?:are|will|would|won['’]t)\b))|"
        # "The Jasper County Sheriff's Office is reporting one of its deputies was shot" (not "is
        # reporting live from …", "is reporting on the talks")
        r"reporting(?!\s+(?:live|on|from|for|to|back|in|at|with)\b)(?=\s+[^.;:“”\"]{3,80}?\s(?:was|were|is|are|had|has|have)\s)|"
        # "The campaign of Marco Rubio is accusing rival Ted Cruz of using …"
        r"accusing(?=\s+[^.;,“”\"]{1,80}?\s+of\s))"
        rf"(?:\s+{LINKING_THAT})?,?\s+(?P<content>\S.+)$"
    )),
    # Content, X said (on Monday).
    ("trailing_said", "indirect", 0.82, TRAILING_SAID),
    # Content, with a clause of its own, X said: "…, bringing a strike closer, the union said".
    ("trailing_said", "indirect", 0.8, _trailing_said(lazy=False)),
    # X did something, saying/adding/alleging (that) content.
    # "A Ridgefield farmer, describing his eggs as "like gold", has started …": what the
    # subject, set off by commas, called something on the way to its verb.
    ("describing_aside", "indirect", 0.7, re.compile(
        r"^(?P<mention>(?:[Aa]n?|[Tt]he|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,5}?),\s+(?P<cue>describing)\s+"
        r"(?P<content>[^,;:“”\"]{1,80}?\s+as\s+(?:[“\"][^“”\"]{1,60}[”\"]|[^,;:“”\"]{1,60})),\s+"
        r"(?=(?:has|have|had|is|was|were|are|will|would|[a-z]{3,}ed)\b)"
    )),
    # "In the video, the woman can be heard several times saying that someone had taken her
    # seat": a recording's voice, reported.
    ("heard_saying", "indirect", 0.8, re.compile(
        rf"^(?P<pre>.*?){_MENTION}\s+(?:can|could)\s+be\s+heard\s+(?:[a-z]+\s+){{0,3}}?"
        r"(?P<cue>saying)(?:\s+that)?,?\s+(?P<content>[^“”\"]\S.+)$"
    )),
    # 'The Echo spoke to protesters, with one saying, "It is social vandalism."', and the next
    # sentence's fragment 'With another saying, "…"': the one quoted, not who spoke to them.
    ("with_saying", "direct", 0.85, re.compile(
        rf"(?:,\s+|^\s*)[Ww]ith\s+(?P<mention>{_SOME_OF_THEM}"
        r"(?:\s+[a-z]+){0,2}?)\s+(?P<cue>saying|adding|writing)[,:]?\s*"
        rf"{_QUOTE_MAY_RUN_ON}"
    )),
    ("participle_cue", "indirect", 0.75, re.compile(
        # "37 organisations, including the charity Safe Screens Trust, signed …": the one named
        rf"^(?:[^,;:“”\"]{{1,60}},\s+including\s+(?=[^,;:“”\"]{{1,60}},))?"
        # "RFA telephoned the spokesman … but he declined to comment, saying …": the pronoun's
        r"(?:[^;:“”\"]{1,200}?\s+but\s+(?=(?:he|she|they|it|we)\s))?"
        rf"{_MENTION}{_ASIDE}{_APPOS}\s+(?:(?:has|have|had)\s+)?(?:{_ADVERB}\s+)?(?:to\s+)?{_PAST_VERB}(?:[^;:“”\"]|[“\"][^“”\"]{{1,40}}[”\"]){{0,160}}?"
        # "has apologised after claiming that …"
        # 'expressed concerns about "spot zoning," warning that …': the comma inside the quotes
        r"(?:,\s+|(?<=,[”\"])\s+|\s+after\s+(?=claiming|saying|suggesting|alleging|insisting)"
        # "She responded by telling the committee that …", "ended his remarks by saying …"
        # "concluded by accusing the Democrats of desiring a shutdown"
        r"|\s+by\s+(?=saying|telling|insisting|arguing|claiming|warning|noting|pointing\s+out|"
        r"accusing|blaming|alleging|denying)"
        # "issued an advisory late Friday forecasting that …": no comma before these
        r"|\s+(?=(?:forecasting|predicting|estimating|concluding)\s+that\b)"
        # 'She also went after Trump saying, "Imagine a president who …"': a quotation follows
        r"|\s+(?=saying,\s*[“\"])"
        # "sent out an internal memo Wednesday saying the company has …": what the memo says
        r"|(?:(?<=memo)|(?<=statement)|(?<=letter)|(?<=post)|(?<=email)|(?<=note)|(?<=video)|"
        # "issued a statement on Twitter Sunday evening saying …"
        # "passed a resolution criticizing the Coast Guard for …"
        r"(?<=message)|(?<=tweet)|(?<=release)|(?<=resolution)|(?<=motion)|(?<=petition))"
        r"(?:\s+on\s+[A-Z][\w-]+)?"
        # "signed a joint letter stating that …"
        r"(?:\s+(?:on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?)?\s+"
        # "has launched a petition that says the cuts are unfair": what it says
        r"(?:(?:that|which)\s+(?=(?:says|said|states|stated)\s))?"
        rf"(?=saying\s|stating\s+that\b|critici[sz]ing\s|condemning\s|{_WHICH_SAYS}\s)"
        # "had written to Alvestad last month urging him to act": a call, no comma needed
        r"|\s+(?=urging\s+(?:him|her|them|it|us|the\s+[\w-]+|[A-Z][\w'’-]+)\s+to\s)"
        # "has written to the operator warning that …"
        r"|(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bno)(?<!\bany)\s+(?=warning\s+that\b))"
        # "Palm sought to offer a bright side by pointing out its market share grew"
        rf"(?P<cue>saying|adding|(?<=by\s)pointing\s+out|{_WHICH_SAYS}|"
        r"(?<=by\s)telling\s+(?:reporters|journalists|supporters|colleagues|staff|the\s+[\w-]+|"
        r"him|her|them)(?!\s+that\b)|"
        # "…, telling reporters that "nothing is off the table""
        r"telling\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+that\b)|"
        # "…, telling ABC News the allegations were false": an outlet, then its clause
        r"telling(?:\s+the)?(?:\s+(?-i:[A-Z])[\w.'’-]*){1,3}?(?=\s+(?:the|an?|he|she|they|it|we|there|his|"
        r"her|their|its)\s)|"
        # "telling reporters after Republican leaders huddled in his office that …"
        r"telling\s+(?:reporters|journalists)\s+(?:after|before|at|outside|during|on|in)\s"
        r"[^,;:“”\"]{1,80}?(?=\s+that\b)|"
        r"alleging|claiming|insisting|warning|arguing|stressing|accusing|blaming|denying|suggesting|"
        r"urging(?=\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+to\s)|"
        r"(?<=resolution\s)critici[sz]ing|(?<=resolution\s)condemning|"
        # "commented on the decision …, admitting it was a mistake"
        r"admitting|acknowledging|conceding|"
        # 'slammed Trump himself, tweeting that "Clowns hire clowns."'
        r"(?:tweeting|writing|posting)(?=\s+that\b|:\s*[“\"])|"
        # "issued an advisory late Friday forecasting that the storm will …"
        r"(?:forecasting|predicting|estimating|confirming|noting|concluding|announcing|stating)"
        r"(?=\s+that\b)|"
        # "…, stating it owed its largest supplier $84 million", '…, stating, "I do not see …"'
        r"stating(?=\s+(?:it|he|she|they|the)\s|,?\s*[“\"])|"
        # "The African Union's mission was more positive, describing the vote as …"
        r"describing(?=\s+[^,.;“”\"]{1,60}?\s+as\s)|"
        # 'welcomed the decision, calling it "a win for children"'
        r"calling(?=\s+(?:it|them|this|that|the\s+[\w-]+)\s+[“\"]))"
        # '…, saying "status quo is unacceptable."': a quotation whole, too
        # 'saying in a statement to Politico: "We do not comment …"': where, then the quotation
        r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|email|interview|post)"
        r"(?:\s+to\s+[^:“”\"]{1,40}?)?(?=:))?"
        # "…, saying only that the painting had been in …": what little was said
        r"(?:\s+only(?=\s+that\b))?"
        # (a quotation after a colon may run on into the next paragraph)
        r"(?:\s+that\b)?[,:]?\s+(?P<content>[^“”\"].+|(?:(?<=saying\s)|(?<=saying,\s)|(?<=stating,\s))"
        r"[“\"][^“”\"]{2,}[”\"][.!?]?"
        r"|(?<=:\s)[“\"][^“”\"]{2,}(?:[”\"][.!?]?)?)$"
    )),
    # "…, with users claiming it shows Dunmore Airport": who claims, after "with".
    ("with_saying", "indirect", 0.7, re.compile(
        # (or what a split left: "with Israel saying …")
        r"(?:,\s+|^\s*)with\s+(?P<mention>(?:(?:some|many|several|other|one|most|a\s+few)\s+)?"
        r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
        # (Not "…, with a warning that it would rise further": a noun, no one warning.)
        r"(?<!\bwith\sa)(?<!\bwith\san)(?<!\bwith\sthe)\s+"
        r"(?P<cue>claiming|saying|insisting|arguing|warning|alleging|"
        # "…, with one questioning why anyone would "fight the crew"": with its verb
        r"questioning(?=\s+(?:why|whether|how|if)\b)|"
        # "…, with Archbishop Benedetta Salgado calling it \"a first step …\""
        r"calling(?=\s+(?:it|them|this|that|the\s+[\w-]+)\s+[“\"]))(?:\s+that\b)?\s+"
        r"(?P<content>[^“”\"].+)$"
    )),
    # X did something and urged/called on Y to …: the call is the claim, with its verb.
    ("and_urged", "indirect", 0.7, re.compile(
        rf"^{_MENTION}{_ASIDE}{_APPOS}\s+(?:(?:has|have|had)\s+)?{_PAST_VERB}[^;:“”\"]{{0,160}}?\s+and\s+"
        r"(?P<content>(?P<cue>urged|called on)\s+\S.+)$"
    )),
    # "Her death was confirmed by her son, Erik Lindqvist, who said the cause was heart failure."
    ("who_said", "indirect", 0.75, re.compile(
        # "…, including Geoffrey Hinton, who has warned that …"
        # "…, mirrored that of other Democrats, who said …"
        rf"(?:^|,\s+|\bincluding\s+|\bof\s+(?=(?:other|many|some|several|fellow)\s))"
        rf"(?P<mention>(?:(?:other|many|some|several|fellow)\s+)?{TITLE}?{PROPER_NAME}),\s+who\s+(?:also\s+)?"
        r"(?:(?:has|had)\s+(?:long\s+)?(?=(?:said|warned|argued)\s+that\b))?(?P<cue>said|says|added|warned|argued|"
        r"told\s+(?:[\w'’-]+\s+){0,3}?(?:reporters|journalists|the\s+\w+))\s+(?:that\s+)?"
        r"(?P<content>[^“”\"]\S.+)$"
    )),
    # "…, against Anders Falk, who denies the charges", "two shipping companies named in the
    # book, both of which deny wrongdoing": the denial, with its verb.
    ("who_denies", "indirect", 0.7, re.compile(
        rf"(?<![\w'’-])(?P<mention>{TITLE}?{PROPER_NAME}|(?:two|three|four|both|several)"
        r"(?:\s+[a-z][\w'’-]*){1,3}?)(?:\s+(?:named|mentioned|cited|accused|involved)\s[^,.;“”\"]{2,60})?"
        r"(?:,\s+\d{1,3})?,\s+(?:who|which|both\s+of\s+(?:which|whom)|all\s+of\s+"
        r"(?:which|whom))\s+(?:has\s+|have\s+)?(?P<content>(?P<cue>denies|deny|denied|rejects|reject|"
        r"rejected|disputes|dispute|disputed)\s+[^,;“”\"]{3,80}?)[.!?]?$"
    )),
    # X did something but warned (that) …: "welcomed the findings but warned that …".
    ("and_said", "indirect", 0.7, re.compile(
        # "…, has said little about the plan, but indicated to reporters last week that …"
        rf"^{_MENTION}{_ASIDE}{_APPOS}\s+(?:(?:has|have|had)\s+)?(?:(?:also|later|then|again)\s+)?"
        # "Graham didn't directly confirm or deny the comment, but reportedly told Scott that …"
        rf"(?:{_PAST_VERB}|(?:did|would|could)(?:\s+not|n['’]t)(?:\s+{MANNER_ADVERB})?\s+[a-z]+)"
        rf"[^;:“”\"]{{0,160}}?\s+(?:and|but)\s+(?:(?:also|{MANNER_ADVERB})\s+)?"
        r"(?P<cue>said|warned|added|insisted|argued|noted|stressed|cautioned|"
        r"indicated(?:\s+to\s+[^,;:“”\"]{1,40}?)?(?=\s+that\b)|"
        # "… arrived at the mine on Saturday and assured relatives that …": an audience first
        r"(?:assured|reassured|reminded|told|informed)\s+[^,;:“”\"]{1,40}?(?=\s+that\b))"
        r"\s+(?:that\s+)?"
        r"(?P<content>[^“”\"].+)$"
    )),
    # 'His attitude was described as "careless, perhaps even reckless" by the AIU': the
    # passive's agent said it.
    ("described_by", "indirect", 0.75, re.compile(
        r"^(?P<content>[^;“”\"]{3,120}?\s+(?:was|were|has\s+been|had\s+been|is|are)\s+"
        r"(?P<cue>described|called|labelled|labeled|branded|characteri[sz]ed)\s+as\s+"
        r"[“\"][^“”\"]{2,80}[”\"])\s+by\s+(?P<mention>(?:the\s+)?[A-Z][^,;“”\"]{1,60}?)[.!?]?$"
    )),
    # 'Tareq Ezzedine was described by Islamic Jihad as "one of the heads of military action"':
    # the agent before its "as", what it was called after.
    ("described_by", "indirect", 0.75, re.compile(
        r"^(?P<content>[^;“”\"]{3,120}?\s+(?:was|were|has\s+been|had\s+been|is|are)\s+"
        r"(?P<cue>described|called|labelled|labeled|branded|characteri[sz]ed)\s+by\s+"
        # ("by the ethics panel": a body described, in lower case)
        r"(?P<mention>(?:the\s+)?[A-Z][^,;“”\"]{1,60}?|the\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s+as\s+"
        r"[“\"][^“”\"]{2,80}[”\"])"
        r"(?:\s+[^,;“”\"]{1,60})?[.!?]?$"
    )),
    # "The excavation has not yet been completed, as announced on Monday by the head of the
    # Heritage Council, Samir Faltas.": the announcer's, the name after the role.
    ("as_announced_by", "indirect", 0.8, re.compile(
        r"^(?P<content>[^;“”\"]{10,200}?),\s+as\s+(?P<cue>announced|reported|confirmed|stated)\s+"
        r"(?:(?:on\s+)?" + WEEKDAY + r"\s+|yesterday\s+|earlier\s+|last\s+[a-z]+\s+)?by\s+"
        rf"(?P<mention>(?:the\s+)?[^,;“”\"]{{2,80}}?)(?:,\s+(?P<appos>{PROPER_NAME}))?[.!?]?$"
    )),
    # 'Here was Whitlock's message to people still on the beaches, as quoted in the Courier:
    # "Get off the beach."', 'Her advice was blunt: "Leave now."': the owner's words.
    ("owners_message", "direct", 0.75, re.compile(
        r"^(?:Here\s+(?:was|is)\s+)?(?!(?:The|A|An|This|That|One)\s)(?P<mention>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?)(?:['’]s)?\s+"
        r"(?P<cue>message|warning|advice|reply|response|answer|plea)\b[^:“”\"]{0,120}:\s+"
        r"[“\"](?P<content>[^“”\"]{12,})[”\"]?$"
    )),
]  # fmt: skip

# What else a claim's aside may be about, and who else may describe it: "…, a sum aid groups
# described as "a drop in the ocean"".
_OTHERS_SAID_OF = "sum|figure|amount|move|plan|deal|offer"
_OTHERS = (
    r"(?:[a-z]+\s+)?(?:groups|campaigners|critics|opponents|unions|charities|analysts|economists|"
    r"experts|residents|activists)"
)

# An American legislator's party and state: ", R-Pa.,", ", D-Calif.,", " (I-Vt.)", ", D-New York,".
TAG_STATE = (
    r"[A-Z][A-Za-z.]{1,12}"
    r"(?:[^\S\n](?:York|Jersey|Hampshire|Mexico|Carolina|Dakota|Virginia|Island)\b)?"
)
PARTY_TAG = re.compile(
    # "Sens. Mara Quill, R-Vt., and Tobias Renner, D-Ore., said": two names, one speaker.
    rf",\s+[RDI]-{TAG_STATE},(?=\s+and\s+[A-Z])|,\s+[RDI]-{TAG_STATE}(?=,)|\s+\([RDI]\.?-{TAG_STATE}\)"
    r"|\s+\([RDI]\.,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?\)"  # "(D., Texas)"
    # "Democratic Sen. Joe Manchin (W.Va.) said": the state alone, its party said before
    r"|\s+\((?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z][a-z]{0,2}\.)\)"
)
# "the Department for Environment, Food and Rural Affairs": a name with commas of its own, which
# are masked (same length, so offsets hold) while a speaker is looked for, then put back.
LISTED_NAME = re.compile(
    r"\b(?:Department|Ministry|Minister|Secretary|Committee|Office)\s+(?:of|for)"
    r"(?:\s+[A-Z][\w'’-]+)+(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)+,?\s+and(?:\s+[A-Z][\w'’-]+)+"
)
NAME_COMMA = "\x1f"
# A sentence that is all quotation: “An hour a night adds up to a lot of lost sleep.”
WHOLE_QUOTE = re.compile(r"^\s*[“\"][^“”\"]{2,}[”\"]\s*$")
# "That's according to President Anton Drevic, …": the source of the sentence before.
THATS_ACCORDING = re.compile(
    r"(?:That|This|It)(?:['’]s|\s+is)\s+according\s+to\s+(?P<mention>[^,.;“”\"]{2,200}?)(?=[,.]|$)"
)
# '"…. Racism has no place in our society." Wessmere Police said in a post on Sunday.': a
# sentence that only names who spoke the quotation before it.
BARE_SAID = re.compile(
    r"(?P<mention>(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*)\s+(?P<cue>said|wrote|posted|added|"
    r"tweeted|stated)(?:\s+(?:in|on|at)\s+[^,.;“”\"]{2,60})?\.$"
)
# A quotation the attribution interrupts: “…,” she said, “…”
SPLIT_QUOTE = re.compile(
    # ('…," Senate Republican Policy Chairman Senator Roy Blunt (R-MO) said of the vote on the
    # package, "…"': a long title, a party's tag and what it was said of)
    r"^\s*[“\"][^”\"]{2,}[”\"]\s*,?\s*(?P<attribution>[^“”\"]{2,120}?),\s+"
    r"[“\"](?P<second>[^”\"]{2,})(?:[”\"]|$)"
)
HEADLINE = re.compile(
    # (not "OPMC refutes claims of …": the claims refuted, a noun)
    rf"^(?P<mention>.+?)(?<!\s[Rr]efutes)(?<!\s[Rr]ejects)(?<!\s[Dd]enies)(?<!\s[Dd]ismisses)"
    rf"\s+(?P<cue>(?:Claims?|claims?){_NOT_WON}|Says?|Denies|Deny|Admits?|Warns?|Insists?|Alleges?|"
    # Not "Travel pool report 3: …", "Pool report #3": a report's number
    rf"Accuses?|{_NOT_TO_BLAME}Blames?|Finds|Signals?|Shows|(?:Reports?|reports?)(?!\s+(?:#\d+|\d+\s*[:(]|\d+$))|says?|denies|deny|admits?|warns?|"
    rf"insists?|alleges?|accuses?|{_NOT_TRADED}{_NOT_TO_BLAME}blames?|finds|signals?|shows|[Tt]ells?\s+(?:the\s+)?[\w'’-]+)\s+"  # "tells jury he …"
    r"(?:[Tt]o\s+(?=Have\b|have\b))?(?P<content>.+)$"
)
# "'We will not be bullied': Danish prime minister on Greenland and tariffs": a quotation, then
# who said it.
HEADLINE_QUOTE = re.compile(
    r"^[“\"](?P<content>[^”\"]{2,})[”\"]:\s+(?P<mention>[^,:]{2,60}?)(?:\s+on\s.*|,.*)?$"
)
# "Speaker Martin Oakes: 'We Came Up Short'": who, then the quotation (not a label's
# "Exclusive: …").
HEADLINE_NAME_QUOTE = re.compile(
    rf"^{_NOT_A_LABEL}"
    r"(?P<mention>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]+):\s+['‘“\"](?P<content>.{2,}?)['’”\"]$"
)
# "Sanders: All Democratic senators must agree on the bill first": a person's name, then their
# claim, unquoted (taken only when the name is a person's).
HEADLINE_NAME_COLON = re.compile(
    rf"^{_NOT_A_LABEL}(?P<mention>(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]+):\s+"
    r"(?P<content>[A-Z][^:\s]*(?:\s+[^:\s]+){2,})$"  # three words at least: not "Live Updates"
)
# "Superintendents to Trump Administration: Give Us Clear Direction on Closures": who, to whom,
# then what they say.
HEADLINE_TO_WHOM = re.compile(
    r"^(?P<mention>(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+to\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’.-]*:\s+(?P<content>[A-Z][^:]{8,})$"
)
# "He should not allege, he should probe: Chhattisgarh Dy CM on PM's charges": the claim, then
# who made it (not a label: "Storm Ciarán: Live Updates").
HEADLINE_COLON_SPEAKER = re.compile(
    r"^(?P<content>[^:]{12,}?\s[^:]+):\s+"
    rf"{_NOT_A_LABEL}"
    r"(?P<mention>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’.-]*"
    # "Several killed in Russian shelling of Mykolaiv: Region's governor"
    r"|[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+)?(?:governor|mayor|minister|president|chief|head|"
    r"spokes(?:man|woman|person)|police|army|military|ministry)"
    # "OPEC+ considers a further oil output cut: sources", "… kills 10 people: officials"
    r"|(?:sources|officials|police|diplomats|witnesses|analysts))(?:\s+on\s.*)?$"
)
# "Teenagers who use phones late sleep less, study finds": the speaker after the claim.
HEADLINE_AFTER = re.compile(
    r"^(?P<content>.{12,}),\s+(?P<mention>[\w'’ -]{2,40}?)\s+(?P<cue>says|say|finds|warns|warn|claims|"
    # "No let-up in river raids, vows militia aide"
    r"claim|insists|insist|admits|admit|denies|deny|vows|vow|urges|urge|hears|show|shows|rules)$"
)
# "No let-up in river raids, vows militia aide", "Ceasefire will not hold, says army chief":
# the cue before its speaker.
HEADLINE_CUE_FIRST = re.compile(
    r"^(?P<content>.{12,}),\s+(?P<cue>says|warns|claims|insists|admits|vows|urges)\s+"
    # Not "EU fines Meta …, says it abused dominance": a second verb of the headline's subject.
    r"(?!(?:it|he|she|they|we|I)\s)(?P<mention>[\w'’ .-]{2,40}?)"
    # "…, says opposition leader as fourth minister quits": the second story is no speaker's
    r"(?:\s+(?:as|amid|while)\s+.+)?$"
)
# "explained how …", "did not say whether …": a question, not a claim.
QUESTION_WORDS = frozenset({"how", "whether", "what", "when", "where", "why", "if", "who"})
# A headline's second story: "… as volunteers claim gains".
HEADLINE_ALSO = re.compile(r"\s+(?:as|while|amid)\s+")
# What a headline's claim happened after: "Family demands answers after police shoot man".
HEADLINE_AFTER_EVENT = re.compile(r"\s+after\s+")
# "Central bank holds rates, signals cuts …": the subject of the headline's first verb.
# "Bank raises rates again and signals more to come": the subject of both verbs.
HEADLINE_FIRST_VERB = re.compile(r"^(?P<subject>.+?)\s+[a-z]+s\s+[^,]+(?:,|\s+and)$")
# Reports, unnamed and unowned: "according to reports in Spain", "…, reports say".
ONLY_REPORTS = re.compile(
    r"(?i:(?:unconfirmed\s+|media\s+|local\s+|press\s+|news\s+)?reports)"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+media)?)?"
)
HEDGES = re.compile(
    # (Not "the two others allegedly involved in it": who they are, not a claim hedged; but "he
    # was allegedly involved in it")
    r"\b(reportedly|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s)|"
    r"(?<=\bbe\s))allegedly|allegedly(?!\s+(?:involved|implicated|linked|connected|tied)\s+"
    r"(?:in|to|with)\b)|purportedly|(?:is|are|was|were) (?:widely )?(?:thought|believed|said|"
    r"reported|understood|alleged|claimed|rumoured|rumored) to|according to (?:reports|unconfirmed "
    r"reports|local media|media reports)|it is (?:understood|believed|thought|reported|alleged|"
    r"rumoured|rumored) that|(?:there (?:were|are|have been) )?unconfirmed reports?)\b",
    re.IGNORECASE,
)
# How someone spoke without a name: "…, speaking on condition of anonymity".
_SPOKE_ANONYMOUSLY = (
    r"on condition of anonymity|speaking anonymously|"
    r"\b(?:asked|declined|spoke|did not want) (?:not )?to be (?:named|identified)|"
    # "A rescuer who was not authorized to speak publicly said …"
    r"\bnot authori[sz]ed to (?:speak|comment|be (?:publicly )?(?:named|identified))"
)
SPOKE_ANONYMOUSLY = re.compile(_SPOKE_ANONYMOUSLY, re.IGNORECASE)
ANONYMOUS = re.compile(
    rf"({_SPOKE_ANONYMOUSLY}|\b(?:persons?|people|sources?) (?:with (?:direct )?knowledge|briefed on)\b|"
    r"unnamed|anonymous|sources? (?:close to|familiar with)|officials? familiar with)",
    re.IGNORECASE,
)
SPLITTERS = re.compile(
    # "Polls suggest the public is on their side: a YouGov survey found 59% …": two sources.
    r":\s+(?=(?:an?|the)\s[^,:;“”\"]{2,80}?\s(?:found|finds|showed|shows|said|says)\s)|"
    # "But pressed on his comments — which included an op-ed that said … — Scott said he …":
    # the aside's dash closes, and the sentence's own speaker follows.
    r"(?<=[a-z”\"])\s[–—]\s+(?=(?-i:[A-Z])[^,;:“”\"–—]{1,60}?\s(?:said|says)\s)|"
    # (Not "…, but rejected Velmar's claim …": the same subject's second verb, AND_SAID's.)
    r"(?:,[”\"]?|\s(?:[–—-]|--))\s+(?:although|though|while|whereas|but(?!\s+(?-i:[a-z]{3,}ed|said|told)\b)|even as|"
    # "…, officials said, as Moscow claimed it had destroyed a depot"
    # "… ruled out an early election, after a group of Conservative MPs said they …"
    # "…," Pompeo surmised in a statement, hours after Trump accused the writer of treason'
    r"(?:(?:hours|days|weeks|minutes)\s+)?(?:as|after)(?=[^,“”\"]{2,60}\s(?:said|says|warned|warns|claimed|claims|insisted|insists|accused)\s+"
    r"(?:that|it|its|he|she|they|the)\b)"
    # "The White House has argued that …, and Press Secretary Dana Whitfield said …"
    # "… accused Barr of trying to "spin" the report and Massachusetts Sen. Elizabeth Warren
    # tweeted that …"
    # 'Trump called her remark "the most explicit attack ever made," and he suggested that …'
    r"|(?<=,[”\"]\s)and(?=\s+(?:he|she|they)\s+(?:said|suggested|added|argued|warned|insisted|"
    r"claimed)\s)"
    r"|and(?=\s+(?-i:[A-Z])[^,“”\"]{2,60}?\s(?:said|says|tweeted|wrote|told|argued|warned|"
    r"insisted|claimed|added|by\s+saying)\b)"
    # "… was "long on innuendo", and cited a report by Yahoo News that …": the report's claim
    rf"|and(?=\s+{CITED_REPORT}\s)"
    # "… published photos it said showed an explosion, and residents told S1 that …"
    r"|(?<=,\s)and(?=\s+(?:residents|witnesses|locals|neighbou?rs|survivors|officials|police)\s+"
    r"(?:said|say|says|told|reported)\b)"
    # "…, in a move the company said would create 2,000 jobs", "…, which they said would be …": the
    # speaker's second claim.
    # "…, which the electoral commission said was won by …"
    r"|(?:in\s+a\s+(?:move|decision|step|deal)(?:\s+that)?|which)(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:said|says)\s+(?:would|will|could|might|may|was|is|were|are|had|has|have|(?-i:[a-z]{3,}s))\s))\s+"
    # The same without a comma, after a clause's last word: "… before its release and
    # Massachusetts Sen. Elizabeth Warren tweeted that …" (not "Smith and Jones said").
    r"|(?<=(?-i:[a-z][a-z][a-z]))\s+and\s+(?=(?-i:[A-Z])[^,“”\"]{2,60}?\s(?:said|says|tweeted|wrote|"
    r"told|argued|warned|insisted|claimed|added)\s+(?:that\b|[“\"]))"
    # "… killed three people, the health ministry said, with Israel saying they were …"
    r"|(?<=\s(?-i:said|says)),(?=\s+with\s+(?-i:[A-Z])[^,“”\"]{1,60}?\s+(?:saying|claiming|insisting)\s)"
    # "… found that two in three students no longer backed them, with one respondent saying:
    # "…"": the one quoted (with_saying)
    rf"|,(?=\s+with\s+{_SOME_OF_THEM}(?:\s+[a-z]+){{0,2}}?\s+"
    r"(?:saying|adding|writing)[,:]?\s*[“\"])"
    # "Northjet argued the chatbot was a separate entity, with its lawyers claiming …"
    r"|,(?=\s+with\s+(?-i:its|his|her|their)\s+(?-i:[a-z]+)\s+(?:claiming|saying|insisting|"
    r"arguing)\s)"
    # "The framework includes hearing aids but Harlan, who pushed for dental cover, said …"
    r"|(?<=(?-i:[a-z][a-z][a-z]))\s+but\s+(?=(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}"
    r"(?:,\s+[^,“”\"]{2,100},)?\s+(?:said|says|argued|insisted|warned|claimed)\s)"
    # "Speaker slams Dems as he claims zero plan to cut …": the pronoun's own claim, no comma
    r"|(?<=(?-i:[a-z]))\s+as(?=\s+(?:he|she|they)\s+(?:claims|claimed|says|said|insists|"
    r"insisted)\s)"
    # "… has budged little in months of talks while GM said it made substantial offers"
    r"|(?<=(?-i:[a-z][a-z][a-z]))\s+(?:while|whereas)\s+(?=(?:(?-i:[A-Z])|the\s)[^,“”\"]{1,60}?\s"
    r"(?:said|says|argued|insisted|claimed|maintained|countered|accused|bashed|blasted|slammed|"
    r"derided|criticized|criticised)\s)"
    # A list of who said what, comma by comma: 'Sen. Kirsten Gillibrand panned it as
    # "propaganda," New Jersey Sen. Cory Booker accused Barr of …'
    r"|,[”\"]?\s+(?=(?:(?-i:[A-Z])[\w.'’-]*\s+){1,5}(?:accused|panned|said|says|tweeted|wrote|"
    r"argued|warned|claimed|called)\s+(?!(?:on\s+|late\s+|last\s+)?"
    + WEEKDAY
    + r"\b|in\s+a\b|at\s+a\b)[\w“\"])",
    re.IGNORECASE,
)
# An opening phrase's words up to its comma: 'In an appearance on Fox News' "Fox and Friends,"
# Trump said …' holds a programme's name in quotation marks, its comma inside them.
PHRASE_CHAR = r"(?:[^,“”\"]|[“\"][A-Z][^“”\"]{0,40}?[”\"])"
PHRASE_COMMA = r"(?:,|(?<=,[”\"]))\s+"
# "But Sen. Scott was more verbose, …": a conjunction before a sentence's subject.
OPENING_CONJUNCTION = r"(?:But|And|Yet|So)\s+"
LEADING_ADVERBIAL = re.compile(
    # "As Democrats continued to grapple with their loss, House Speaker Nancy Pelosi yesterday
    # …": a time set by a clause, then a name (not "As the ministry said, …", a claim after it)
    r"As\s+(?!(?:for|to)\s)(?![^,“”\"]{1,120}?\s(?:said|says|reported|reports|noted|wrote|told|"
    r"announced|explained|revealed|found|disclosed|testified|put\s+it|pointed\s+out)\b)"
    r"[^,“”\"]{1,120},\s+(?=[A-Z])|"
    # "At 11:40 a.m. the bank posted …": a clock time, with no comma after it
    r"At\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.\s+(?=[a-z]+\s|[A-Z])|"
    # "On Monday the SGF said …": a day, with no comma after it
    r"On\s+" + WEEKDAY + r"\s+(?=(?:the|an?)\s)|"
    # "After the meeting she said: …": a time, and a pronoun's verb, with no comma between
    r"(?:After|Before|During|Following)\s+(?:the|a|an|this|that|last|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?=(?:he|she|they|we)\s+(?:said|says|told|added)\b)|"
    # "When he asked for the discount, Northjet refused, saying …": the time, not a claim (not
    # "When the group turned back, friends said, the pair …": theirs, said around it)
    # "When a longer route was suggested, she replied, "…"": a pronoun's words too
    r"(?:When(?=[^,“”\"]{1,60},\s+(?:[A-Z]|(?:he|she|they|we)\s))(?![^,]{1,60},\s+[^,]{1,40}?\s(?:said|says|say)\b,)|"
    # (Not "At least nine aftershocks, ranging …, were felt": a count, the subject's.)
    r"In|On|At(?!\s+(?:least|most)\b)|After|During|Before|Despite|Amid|Speaking|Writing|Asked|"
    r"Later|Earlier|Meanwhile|Still|However|Yet|"
    # "Making a jibe at Mr Corbyn, Mrs May said": a participle and its object
    r"(?!According\b)[A-Z][a-z]{2,}ing(?=\s+(?:a|an|the|to|at|on|in|his|her|their|its|him|them)\s)|"
    # "Opening the final day of debate, the chancellor … told MPs"
    r"Opening|Closing|Giving|Addressing|Responding|Announcing|Unveiling|Launching|Presenting|"
    r"Defending|Prosecuting|Mitigating|Sentencing|"
    r"(?:Outside|Inside|Across)(?=\s+(?:the|a|an|of|his|her|their|its)\s)|Elsewhere|"
    r"Instead|Separately|Nevertheless|Nonetheless|Moreover|Indeed|Overall|Again|"
    # "Conversely, Mayor Taylor raised concerns …"
    r"Conversely|Similarly|Likewise|Additionally|Furthermore|Ultimately|"
    # "Initially, the president's lawyer had said …" (not "Sally, a nurse, said")
    r"[A-Z][a-z]{2,}(?:ally|ously|ately|ently|antly|ively|edly)(?=,)|"
    r"(?:Today|Tonight|Yesterday)(?=,)|"  # "Today, campaign chair John Podesta released …:"
    r"For(?=\s+(?:his|her|their|its|our)\s+part,)|"  # "For her part, the minister said"
    r"As\s+(?:for|to)(?=\s)|"  # 'As for defense spending, Cruz said, "…"'
    r"(?:Late|Early)(?=\s+(?:on|in|last|this|that|[A-Z][a-z]+day)\b)|"  # "Late on Tuesday, X said"
    # "Hours earlier, NBC News reported …"
    r"(?:Hours|Days|Weeks|Months|Minutes|Moments|Years)\s+(?:earlier|later|after|before))\b"
    rf"{PHRASE_CHAR}{{0,60}}{PHRASE_COMMA}"
    # "Asked to disclose his data, however, Seymour declined, arguing that …"
    r"(?:(?:however|though),\s+)?"
    # "In a phone call on Thursday, December 13, McConnell told …": the date goes with it
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?:,\s+\d{4})?,\s+)?(?=[A-Za-z])"
)
# "SocGen analyst Marc Mozzi explains the gloomy prognosis:" closing a paragraph: the
# quotation that opens the next one is theirs.
# Who introduces a quotation, at a sentence's start: "For her part, the minister, …, ".
_INTRO_SUBJECT = rf"(?:{LEADING_ADVERBIAL.pattern})?(?P<pre>){_MENTION}{_ASIDE}{_APPOS}\s+"
_INTRO_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"
QUOTE_INTRO = re.compile(
    rf"{_INTRO_START}{_INTRO_SUBJECT}(?:said|says|added|adds|explained|"
    r"explains|wrote|writes|told\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    # "Rich's family released the following statement:"
    r"|(?:released|issued|put\s+out|posted|shared|sent)\s+(?:the\s+following|this|a)\s+"
    r"(?:[\w-]+\s+)?(?:statement|message|note|letter)"
    # "The manager spoke to the press at lunchtime on Thursday and started by giving an update
    # on the injury situation:", "The coach gave an update on the squad:"
    r"|spoke\s+to\s+(?:the\s+)?(?:press|media|reporters|journalists)(?=[^:“”\"]{0,120}:\s*$)"
    r"|gave\s+(?:an?\s+)?(?:update|briefing)(?=[^:“”\"]{0,120}:\s*$))"
    # "Daines said in a brief phone interview moments after leaving the floor:"
    r"(?:\s+(?:the|a|an|his|her|their|its|regarding|about|on|concerning|after|following|in|"
    r"at|during)\s+[^:“”\"]{1,120})?:\s*$"
)
# A press release's "Today Congressman Chris Pappas released the below statement following …."
# or "Rodell Mollineau … made the following statement today in response to …. (more)": the
# quotation that opens the next paragraph is theirs, though no colon introduces it.
STATEMENT_INTRO = re.compile(
    # ("Washington—Teodor Blaise, …": a dateline first)
    rf"{_INTRO_START}(?:[A-Z][\w.,]*(?:\s[A-Z][\w.,]*){{0,3}}\s?[—–]\s*)?(?:Today,?\s+)?"
    rf"{_INTRO_SUBJECT}(?:released|issued|made|put\s+out)\s+(?:the\s+)?(?:following|below)\s+"
    r"(?:[\w-]+\s+)?statement\b"
)
# The verb of a subject set off by an aside: "…, will have", "…, sold out", "…, runs" (not a word
# that goes on with the aside: "…, a nickname", "…, in part because …").
_SUBJECTS_VERB = (
    r"(?!(?:a|an|the|and|but|or|which|who|whose|its|his|her|their|according|as|in|on|at|for|"
    r"with|from|by|to|of)\s)[a-z]+"
)
# ", as his appeal hearing opened": circumstance, not part of what was said.
SUBORDINATE_TAIL = re.compile(
    # After a comma, or right after a quotation closes ('of "ruining the final" after a penalty').
    # Not "after years of falling grants": the cause the speaker gave, not the reporter's event.
    # Not "…, as well as a commitment that …": more of the claim.
    r"(?:,[”\"]?|(?<=[”\"]))\s+(?:as(?!\s+well\s+as\b)"
    # Not '… "bandits", as the armed gangs are known, or …': an aside naming a word.
    r"(?![^,;]{1,40}\b(?:is|are|was|were)\s+(?:known|called),)"
    r"|when(?!\s+[a-z]+ing\b)|after(?!\s+(?:years|decades|months)\s+of\b)|before|amid|during|days after|hours after|"
    # 'declared the result "valid and binding" at a news conference': where it was said.
    r"at\s+(?:an?|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:news\s+conference|"
    r"press\s+conference|rally|briefing|ceremony|summit|hearing)\b|"
    # "…has denied that the incident took place, despite a recording and a witness account"
    r"(?<=,\s)despite|"
    # "…, but there was no immediate confirmation of this": the reporter's check on it
    r"but\s+there\s+(?:was|is|has\s+been)\s+no\s+(?:immediate\s+|independent\s+|official\s+)?"
    r"(?:confirmation|verification)\b|"
    # "…, which analysts say …", not "…, which they say makes the grid less stable": the
    # speakers' own words go on.
    r"(?:a|one|two|three|four|five|several)\s+(?:days?|weeks?|hours?)\s+(?:after|before)\b|which\s+(?!(?:they|he|she|it|we)\s)(?:[\w'’-]+\s+){1,4}"
    r"(?:said|says|say|believe|believes|expect|expects)"
    # "…, which the Coastal Gazette once jokingly called "the pocket raptors"": another's name for
    # what the claim is about. (Not "The new model, which some have dubbed the Tarn 5, will have
    # …": an aside on the claim's subject, whose verb comes after it.)
    rf"|which\s+(?:[\w'’-]+\s+){{1,6}}?{OTHERS_NAMING}\b(?![^,;]*,\s+{_SUBJECTS_VERB}\s)"
    # "…, which comes from an industry-funded study": where the figure came from, the reporter's.
    r"|which\s+(?:comes|came|(?:is|was)\s+based\s+on|was\s+(?:published|commissioned|funded|paid))\b"
    # "…, which would make it far larger than …": the reporter's reckoning from the claim.
    r"|which\s+would\s+(?:make|mean)\b"
    # "…, a decision that could upend how regulators enforce the law": the reporter's view of it.
    # "…, an announcement that led to speculation …": the news of it, the reporter's
    r"|(?:in\s+)?an?\s+(?:decision|ruling|verdict|judgment|move|announcement)\s+that\b"
    # '…", a line that sums up the book's argument': the reporter's word on the words.
    r"|an?\s+(?:line|phrase|remark|comment|refrain|sentiment)\s+(?:that|which|(?:he|she|they|it)\s+"
    r"(?:has|had|have|would|later|often|repeated|echoed|used))\b"
    # "…, despite a tweetstorm from President Trump accusing Democrats …": another's words
    r"|despite\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:tweetstorm|tweets?|warnings?|claims?|criticism|"
    r"accusations?|threats?|statements?|remarks|comments)\s+(?:from|by)\b"
    # "…, clearing the way for a likely approval": what follows from it, the reporter's.
    r"|(?:clearing|paving|opening)\s+the\s+way\b"
    # "…, beating analysts' expectations": the reporter's comparison with forecasts.
    r"|(?:beating|missing|topping|exceeding|falling\s+short\s+of)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:expectations|forecasts|estimates)\b"
    # "…, a claim that local farmers disputed": what others made of it, not the claim.
    rf"|an?\s+(?:{'|'.join(CLAIM_NOUNS)})\s+(?:that|which|"
    # "…, a figure his opponent calls unrealistic"
    r"(?:his|her|their|its|the|some|many)\s+[\w'’-]+\s+(?:calls?|called|says?|said|disputes?|"
    r"disputed|rejects?|rejected|describes?|described)\b"
    # "…, a claim Hamas has not confirmed"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:(?:has|have|had|did)\s+not\s|"
    # "…, a charge Velsk has denied"
    r"(?:(?:has|have|had)\s+(?:long\s+|always\s+|repeatedly\s+)?)?"
    r"(?:denied|denies|disputed|disputes|rejected|rejects|dismissed|dismisses)\b))"
    # "…, a sum aid groups described as "a drop in the ocean"": theirs, not the claim.
    rf"|an?\s+(?:{_OTHERS_SAID_OF})\s+{_OTHERS}\s+(?:described|dismissed|derided)\s+as\b"
    # "…," his metaphor for a controversy that …': the reporter's gloss on the words.
    r"|(?:his|her|their|its)\s+(?:metaphor|phrase|term|word|shorthand|description|"
    r"characteri[sz]ation|label|nickname)\s+for\b"
    # 'labelled the practice "swatting", a term for making a false report …': the gloss too
    r"|(?<=[”\"],\s)an?\s+(?:term|word|phrase|label|name|nickname)\s+(?:for|used|coined)\b"
    # "…, the latest in a series of strikes", "…, part of a months-long push": the reporter's
    # context (not "…, the highest in 30 years": a statistic's own measure).
    r"|the\s+latest\s+in\s+(?=[^“”\"]*$)"
    r"|part\s+of\s+(?:a|an|the|its|their)\s+(?=[^“”\"]*$)"
    # "…, a pledge he later broke", "…, a position some courts have accepted": what others
    # (or events) made of it.
    r"|an?\s+(?:pledge|promise|position|provision|view|stance|argument)\s+"
    r"(?:(?:he|she|they|it|some|many|few|most|the|which|that)\s)(?=[^“”\"]*$)"
    # "Detectives believe she was stabbed …, the jury at Cambridge Crown Court has been told":
    # where the claim was heard, not part of it.
    r"|(?:the\s+|a\s+)?(?:jury|jurors|court|trial|inquest|hearing)(?:\s+(?:at|in)\s+[^,;“”\"]{1,60}?)?"
    r"\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:told|heard)[.!?]?$"
    # "…, without giving details": what was not said.
    r"|without\s+(?:giving|providing|offering|elaborating|citing|saying|explaining|specifying)\b"
    # (not "… had been downed and, according to initial reports, there had been no damage":
    # a second clause, the source it cites set inside)
    r"|(?<!\band,\s)according to|citing"
    # "…, becoming the latest European institution to …": the reporter's context.
    r"|(?:becoming|making\s+it)\s+the\s+(?:latest|first|last|only|largest|biggest|second|third)"
    # "…, breaking down as he described the morning": what the speaker did while speaking.
    r"|[a-z]{3,}ing(?:\s+(?:down|up|out|back))?\s+as\s+(?:he|she|they)\s+[a-z]+ed"
    # 'Russia "does not strike civilian targets," repeating a line …': the reporter's gloss.
    r"|(?<=,[”\"]\s)(?!adding|saying|insisting|arguing|noting|warning|claiming|stressing|suggesting)"
    r"[a-z]{3,}ing)\b"
    # "a plan supporters say will ease the shortage and opponents call a giveaway": theirs.
    r"|\s+and\s+(?:critics|opponents|others|detractors)\s+(?:say|call|argue|said|called|argued)\b"
    # "…, accusing its partner of bad faith and raising the prospect of …": what followed.
    r"|,?\s+and\s+(?:raising|prompting|sparking|triggering|fuell?ing|deepening|setting\s+up)\b"
    # "… told Reuters the talks had stalled, but declined to give details": what they did not say.
    # (Not "… had wanted to quit but could not afford to": what the claim goes on to say.)
    r"|,?\s+but\s+(?:declined|refused|(?:would|did|could)\s+not\s+(?:say|comment|confirm|give|"
    r"provide|elaborate|discuss|specify|disclose|reveal|name|identify|explain|answer|deny|be\s+reached)\b)"
    # "… and declined to comment on the investigation", "… but gave no details"
    r"|,?\s+(?:and|but)\s+(?:declined|refused)\s+to\s|,?\s+but\s+gave\s+no\s"
    # 'it has "temporarily paused" withdrawals amid reports that …': others' claims, the
    # reporter's context.
    r"|\s+amid\s+(?:reports|rumou?rs|claims|speculation)\s+(?:that|of)\s"
    # "…, while declining to say whether it had supported the group"
    r"|,\s+(?:while\s+)?(?:declining|refusing)\s+to\s"
)
# After a claim its cue introduced (not inside a claim its speaker follows: "Nurses voted to
# strike, raising the risk of closed wards, the union said" is the union's): what followed.
AFTERMATH = re.compile(
    # "…, raising new questions about …", "…, sending its shares to a two-year low", "…,
    # throwing next year's plans into doubt": the reporter's.
    r",\s+(?:(?:raising|sending|throwing|prompting|rejecting|departing|pushing|dragging|"
    r"lifting|knocking|wiping|casting|fuell?ing|sparking|triggering|deepening|dealing|"
    r"marking|ending|reversing|overturning)(?=\s+(?:a|an|the|its|their|his|her|from|new|"
    # "…, prompting Coast Guard Capt. Ruth Tessmer to issue a rebuttal": a name
    r"fresh|further|next|last|this|[a-z]+['’]s)\b|\s+[A-Z])"
    # "…, while others raised concerns about …": someone else, not the speaker.
    r"|while\s+(?:others|critics|opponents|some|many)\s+[a-z]+ed\b)"
    # "… will not be tolerated after the club was fined £6,000": what befell the speaker, and
    # when they spoke; not what they said.
    r"|\s+after\s+(?:the\s+(?:club|company|council|firm|group|union|board|trust|team|party)|it|he|"
    r"she|they)\s+(?:was|were|had\s+been|has\s+been)\s+(?:fined|charged|sanctioned|banned|"
    r"punished|docked|relegated|suspended|criticised|criticized|censured)\b"
)
# Who speaks for whom: "a spokeswoman for", "an official at".
ROLE_FOR = (
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:(?:spokes(?:person|man|woman)|official|representative)"
    # ("A spokesperson with the Albuquerque International Sunport airport")
    r"\s+(?:for|of|at|with)|(?:lawyer|attorney|solicitor)s?\s+for)"  # "Lawyers for the trust said"
)
ROLE_FOR_BODY = re.compile(
    # "… for the coast guard", "… for the Qadiran foreign ministry"
    rf"^{ROLE_FOR}\s+the\s+((?:[A-Za-z][\w'’-]*\s+){{0,3}}\w+)$",
    re.IGNORECASE,
)
# "Anke Müller of the Federation …", "Consumer advocate Lotte Brink of the group SafeHome".
PERSON_OF_BODY = re.compile(
    # Not "South Korea's Joint Chiefs of Staff": a person's name has no possessive in it.
    # "House Energy and Commerce Chairman Greg Walden of Oregon": a long title before the name.
    # (Not "Observers from the Economic Community of …": after "the", no person's name.)
    r"^(?:[A-Za-z][a-z-]*\.?\s+){0,6}?(?!\S*['’]s\s)(?<![Tt]he\s)"
    # (Nor "the William Ziegler III Professor of Neuroscience": a named chair, not a person.)
    r"([A-Z][\w'’.-]+(?:\s+(?!\S*['’]s\s)[A-Z][\w'’.-]+){1,2})"
    r"(?<!Professor)(?<!Chair)(?<!Director)(?<!Fellow)(?<!Lecturer)\s+(?:of|from|at|with)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z].*$"
)
# "Another anti-Kremlin group called the Russian Volunteer Corps": the name, not the description.
CALLED = re.compile(
    r"\s(?:called|named|known\s+as|calling\s+(?:itself|themselves))\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+\S+)*)$"
)
# "…," he said, adding that …: a second claim by the same speaker, after the first.
# ", adding that …"; "denied any role, saying …"; "urged a delay, arguing that …"; "…, it added,
# but warned that …": a second claim by the same speaker.
ADDING = re.compile(
    # "…, calling the election illegitimate": what it was called, as "called … “…”" is.
    # "…, thanking the Italian for his work and saying a replacement would be named …"
    # "…, while also saying the death was "concerning.""
    # "…, and added: "By our own estimation, …""
    # "…, also noting that …"
    # '…, "an enemy of high interest rates," claiming …': after the quotation's comma too
    # "…, but added: "I could not tell …"", with or without the comma
    r"(?:,|(?<=,[”\"])|(?<=[\w”\"])\s+and(?=\s+saying\b)|(?<=[\w”\"])(?=\s+(?:and|but)\s+added:))\s+"
    r"(?:while\s+(?:also\s+)?|also\s+)?(?:adding:?|(?:and|but)\s+added:|saying:?|"
    # "…, with the Post quoting Kessick as saying that …": the one quoted, a claim of theirs
    r"with\s+(?:the\s+)?[A-Z][^,;:“”\"]{0,60}?\s+quoting\s+(?P<quoted>[A-Z][^,;:“”\"]{1,60}?)\s+as\s+saying|"
    r"insisting|"
    # "…, telling the broadcaster RAI that …"
    r"telling(?:\s+[\w'’.-]+){1,5}?(?=\s+that\b)|"
    # "…, calling it a war crime": what it was called, with its verb, as "called it …" is
    # ("…, branding it "a disgrace"" too)
    # "…, recalling a wolf that escaped its pen": what she recalled, with its verb
    r"(?P<verb>accusing(?=\s)|warning(?=\s+of\b)|calling(?=\s)|branding(?=\s)|recalling(?=\s))|"
    r"(?:who|which)\s+(?:also\s+)?(?:said|says|added|adds)|"
    # "…, while acknowledging that pharmacists sometimes …"
    r"(?:arguing|noting|warning|claiming|stressing|suggesting|writing|stating|acknowledging|"
    r"admitting|conceding)(?=\s+that\b)|"
    # "…, writing in a statement posted online: "I believe …"": where, then the quotation
    r"writing\s+(?:in|on)\s+[^:“”\"]{1,60}:(?=\s*[“\"])|"
    # "…, claiming they cause inflation" (not "claiming responsibility for …", a claim whole)
    r"claiming(?=\s+(?:they|it|he|she|we|the|this|these|those)\s)|"
    r"(?:he|she|it|they)\s+(?:said|added),\s+but\s+(?:also\s+)?"
    r"(?:warned|said|stressed|cautioned|insisted|noted)|"
    # '"…," he said, but urged Unity to "…"': the urging, with its verb
    r"(?:he|she|it|they)\s+(?:said|added),\s+(?:but|and)(?=\s+urged\s)|"
    rf"but\s+{_BUT_BELIEVES})"
    # "…, saying in a joint statement that …": where it was said is not the claim.
    r"(?:\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|post|letter|video)(?=\s+that\b))?"
    r"\s+(?:that\s+)?(?=[\w“\"])"
)
AND_SAID = re.compile(
    # "… acted unfairly, and they demanded a swift explanation": the subject again, as a pronoun
    # "… and pointedly disputed the idea that …": an adverb may come first.
    # "… she stood by her account, alleged the presenter …, and questioned how …": a list of
    # the subject's verbs, its first after a comma alone.
    r"(?:,?\s+(?:and|but)\s+|,\s+(?=(?-i:[a-z]+ed)\s[^.;:]{2,200}?,\s+and\s+(?-i:[a-z]+ed)\s))"
    # ("…, but still said he would appeal": a concession's adverb)
    r"(?:(?<=,\sand\s)(?:he|she|they|it)\s+)?(?:also\s+|still\s+)?(?:(?:has|have|had)\s+)?(?:(?-i:[a-z]+ly)\s+)?(?P<verb>said|says|added|adds|warned|warns|insisted|insists|argued|claimed|denied|admitted|stressed|accused|urged|called\s+on|promised|pledged|vowed|disputed|rejected|dismissed|alleged|"
    rf"questioned(?=\s+(?:how|whether|why|if)\b)|{_COMPARES}|"
    r"predicted|acknowledged|conceded|noted|maintained|appealed\s+for|called\s+for|"
    r"indicated(?:\s+to\s+[^,;:“”\"]{1,40}?)?(?=\s+that\b)|"
    # '… called them "baseless", and informed the ambassador that the consulate would close'
    r"(?:informed|told|assured|reminded)\s+[^,;:“”\"]{1,40}?(?=\s+that\b)|"
    # "… and estimated that long waits had contributed to …"
    r"estimated(?=\s+that\b)|revealed(?=\s+that\b)|recommended(?=\s+(?:that|an?|the)\s)|highlighted|"
    # 'called the analysis "false and misleading" and suggested that it was an attempt …'
    r"(?:suggested|contended|affirmed|remarked|complained)(?=\s+that\b)|"
    # "… said he had not heard it, and suggested Haverty had a history of misquoting …": a
    # name and its verb, without "that"
    r"suggested(?=\s+(?-i:[A-Z])[\w'’-]+\s+(?:had|has|was|were|is|would|could)\s)|"
    # "… and asked residents near Portland to contact police": a request, with its verb
    r"asked(?=\s+[^,.;“”\"]{1,60}?\s+to\s)|asked\s+for|"
    # "… had not compromised safety, but described the attack as a "serious incident""
    r"described(?=\s+[^“”\".;,]{1,60}?\s+as\s)|"
    # "Meteorologists expect the rain to ease, but warn that …": the plural's verbs.
    # "failed to operate and maintain its works": these only with their "that"
    r"say|warn|insist|argue|deny|(?:claim|stress|note|predict|maintain)(?=\s+that\b)|cautioned|demanded|"
    r"(?:are|is)\s+calling\s+(?:on|for)|"
    r"called(?=\s+[^“”\".;]{1,60}?[“\"]))"
    # "… and said in a statement that it would return": where, not what
    r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|interview|letter|"
    r"video|email)(?=\s+that\b))?"
    r"\s+(?:that\s+)?(?=[\w“\"$£€])"
)
# "…, a claim Moscow dismissed as “Kyiv's propaganda”": what another made of the claim, theirs.
DISMISSED_AS = re.compile(
    rf",\s+an?\s+(?:{'|'.join(CLAIM_NOUNS)}|{_OTHERS_SAID_OF})\s+(?:that\s+)?"
    rf"(?P<mention>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}|{_OTHERS})\s+"
    r"(?P<cue>(?:dismissed|rejected|denounced|described|derided)\s+as)\s+(?=\S)"
)
# "…, in what regulators called one of the largest breaches", "… and posted what it said was a
# sample of the data": another's claim (or the speaker's second) inside the first.
WHAT_THEY_CALLED = re.compile(
    r"(?:,\s+(?:often\s+|[a-z]+ly\s+)?in\s+(?:what|"
    # "…, in a judgment campaigners called a turning point for renters"
    r"an?\s+(?:judgment|ruling|decision|move|deal|speech|step|vote)(?:\s+that)?(?=\s+[a-z]+\s+called\s))"
    r"\s+(?P<mention>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)"
    # "… pledged to work with partners in the face of what she called "…"": her second claim
    r"|(?:\s+and\s+[a-z]+ed|\s+in\s+the\s+face\s+of|\s+against|\s+amid)\s+what\s+"
    r"(?P<pronoun>it|he|she|they))"
    r"\s+(?P<cue>called|calls|call|described\s+as|describes?\s+as|termed|said\s+(?:was|were|is|are)|"
    r"says\s+(?:was|were|is|are)|claimed\s+(?:was|were)|claims\s+(?:is|are))\s+(?P<content>\S)"
)
# "… said the government was committed and pointed to a pay rise": the speaker's next act, not
# the claim's.
AND_POINTED = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:(?:pointed|referred)\s+to\s+"
    # "said the jurors were "careful and attentive" and expressed his gratitude …": his act
    # '… was "the ugliest we have seen" and lowered his price target': an analyst's act
    r"|(?:expressed|thanked|praised|offered|extended|apologi[sz]ed|lowered|raised|cut|kept)\s+"
    r"(?:his|her|their|its)\s"
    # "dismissed claims that the vote was rigged and congratulated the apparent winner"
    r"|congratulated\s+(?:the|his|her|their|its)\s)"
)
# "PORT ARDEN, Texas — ", "WASHINGTON (AP) — ": where the story was filed, never a claim's.
# "KYIV, Ukraine (AP) — " too: the agency after the country.
DATELINE_TEXT = (
    # "Bhopal (Madhya Pradesh) [India], July 22 (ANI): …", as Indian agencies write it
    r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s\([A-Z][\w ]{1,30}\))?\s\[[A-Z][a-z]+\],\s"
    r"(?:[A-Z][a-z]+\.?\s\d{1,2}\s?)?(?:\((?:ANI|PTI|IANS)\)\s?)?:\s+|"
    # "London– Britain's financial regulator …": a city, the dash against it
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?[—–]\s+(?=[A-Z])|"
    # "(CNSNews.com) – “There’s been …”": the outlet alone, in brackets, then the dash
    # ("Washington (CNN) - The Senate …": or a city before it, in title case)
    r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s)?\([A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)\s+(?:-{2,3}|[—–-])\s+|"
    # "BETHESDA, Md., May 17 (UPI) -- A study …": a state and a date, and a doubled hyphen
    # "IFUGAO, PHILIPPINES (BNO NEWS) -- Three army soldiers …": an agency of two words
    r"[A-Z][A-Z .'’/-]{2,}(?:\s+\([A-Z][A-Za-z]+\))?(?:,\s*[A-Z][\w .'’-]{0,40}?){0,2}"
    r"(?:\s+\([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\))?"
    # "CONAKRY, Guinea (AP) Guinea's opposition said …": the agency's bracket, without a dash.
    r"(?:\s+(?:-{2,3}|[—–-])\s+|(?<=\))\s+(?=[A-Z])))"
)
DATELINE = re.compile("^" + DATELINE_TEXT)
# What the speaker pattern keeps of "LONDON, Oct 24 (Reuters) - " after the comma.
# … and of "DES MOINES, Iowa — ".
DATELINE_REST = re.compile(
    r"^(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?\([A-Z][A-Za-z]+\)\s+[—–-]\s+"
    # (Not "Harlan — an independent who caucuses with Democrats —": an aside, closed.)
    r"|[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?\s+[—–]\s+(?![^—–]*[—–])"
    # "June 29 The Israeli military has said …": a wire's date, its dash left out
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+(?=(?:The|An?)\s))"
)
TRAILING_TIME = re.compile(
    r"\s+(?:(?:late |early )?on \w+day|in an? (?:[a-z]+ )?(?:statement|video|post|interview|recording|briefing|"
    # "Brigadier Tariq Sallal in a recorded message released on Thursday night said"
    r"message|address|broadcast|speech)"
    # (Not "A passenger on an earlier dive": an adjective, the dive's.)
    r"|(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
    r"(?:earlier|later)|(?:last|this) (?:week|month|year|night|morning|afternoon|evening|weekend)"
    r"|in the (?:early|small) hours|overnight"
    r"|on social media|at a (?:news|press) conference"
    # "said the Family Policy Institute of Washington on its Web site"
    r"|on (?:its|his|her|their) (?:official )?(?:web\s?site|blog|Facebook page|Telegram channel)"
    # "said M23 spokesman Bertrand Bisimwa Saturday": American style, the day alone at the end.
    r"|" + WEEKDAY + r"(?=(?:\s+(?:night|morning|afternoon|evening))?\W*$)"
    # "Leader Farrow and I yesterday issued a joint statement …"
    r"|(?:yesterday|today|tonight)(?=\W*$))\b.*$",
    re.IGNORECASE,
)
PRONOUNS = {
    "he": "person", "she": "person", "it": "thing", "they": "any", "its": "thing",
    "his": "person", "her": "person", "their": "any",
}  # fmt: skip
GROUP_NOUNS = {"group", "militia", "legion", "rebels", "fighters", "militants", "movement"}
# What a company makes, as its description: "the planemaker said".
MAKERS = frozenset(
    {"carmaker", "chipmaker", "drugmaker", "automaker", "planemaker", "steelmaker", "shipbuilder",
     "bedmaker", "toymaker", "jetmaker", "truckmaker", "tyremaker", "tiremaker"}
)  # fmt: skip
CATEGORY_KINDS = {
    **dict.fromkeys(GROUP_NOUNS, "group"),
    **dict.fromkeys(
        ["ministry", "government", "office", "army", "navy", "military", "agency", "police", "commission",
         "authorities", "administration", "department", "watchdog", "regulator", "investigators"],
        "government"),
    **dict.fromkeys(
        ["company", "firm", "organisation", "organization", "charity", "union", "carrier",
         "airline", "bank", "lender", "insurer", "retailer", "club", "monitor", "observatory",
         "foundation", "federation", "utility", "promoter", "band", "manufacturer", "haulier",
         *MAKERS],
        "organisation"),
    **dict.fromkeys(["newspaper", "broadcaster", "paper", "outlet", "publication"], "media"),
}  # fmt: skip
ROLE_NOUNS = {
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "minister",
    "adviser",
    "statement",
}
