"""Demo data: an article written for this project (not copied from any publication), its
sources and claims in several states, and one account per role. Loading twice changes nothing."""

from django.contrib.auth.models import Group, User
from django.db import transaction

from claims import services
from claims.importing import prepare_article
from claims.models import (
    Article,
    AttributionCheck,
    AttributionRole,
    AttributionType,
    Source,
    SourceKind,
    Verdict,
)

DEMO_ACCOUNTS = [
    # username, password, group (None: superuser)
    ("editor", "demo-editor-2026", "Editors"),
    ("checker", "demo-checker-2026", "Fact-checkers"),
    ("admin", "demo-admin-2026", None),
]

DEMO_TITLE = "Armed group claims cross-border raid as Moscow and Kyiv trade accusations"

DEMO_ARTICLE = """\
Armed group claims cross-border raid as Moscow and Kyiv trade accusations

By a staff reporter

A little-known armed group said on Tuesday that its fighters had crossed from Ukraine into Russia's Belgorod region and briefly held two villages, in what would be one of the deepest incursions of its kind this year.

The Freedom of Russia Legion, which describes itself as made up of Russian citizens fighting alongside Ukraine, claimed responsibility in a video posted to its channels. "We have taken control of Kozinka and are advancing further," a masked man said in the recording.

Advertisement

The Kremlin said the attackers had been pushed back. Kremlin spokesperson Dmitry Peskov told reporters that the incursion was "an attempt to divert attention from the failures of the Kyiv regime on the front line".

Russia's defence ministry claimed that more than 70 attackers had been killed and four armoured vehicles destroyed. Those figures could not be independently verified.

Read more: What we know about the border raids

In its daily intelligence update, the UK's Ministry of Defence said Russian forces had struggled to respond quickly to the raid. It added that the attack would "almost certainly" raise concern in Moscow about the security of its border regions.

Mykhailo Podolyak, an adviser to the head of Ukraine's presidential office, denied that Kyiv was involved. "Ukraine is watching the events in the Belgorod region with interest, but has nothing to do with them," Podolyak said.

Two Western officials, speaking on condition of anonymity, said the group had received equipment from Ukraine's military intelligence agency.

Local residents were reportedly evacuated from at least eight villages on Monday night, and several buildings are thought to have been damaged by shelling.

Sign up for our newsletter
"""

SOURCES = [
    # name, kind, description, affiliation, identity url, aliases
    ("The Kremlin", SourceKind.GOVERNMENT_BODY, "The Russian presidential administration.", None,
     "https://www.wikidata.org/wiki/Q1969011", ["Kremlin", "Moscow"]),
    ("Dmitry Peskov", SourceKind.PERSON, "Press secretary of the Russian president.", "The Kremlin",
     "https://www.wikidata.org/wiki/Q1193936", ["Peskov", "Kremlin spokesperson Dmitry Peskov"]),
    ("Russian Ministry of Defence", SourceKind.GOVERNMENT_BODY, "Russia's defence ministry.", None,
     "", ["Russia's defence ministry", "Russian Ministry of Defense", "Russian MoD"]),
    ("UK Ministry of Defence", SourceKind.GOVERNMENT_BODY, "The British defence ministry.", None,
     "https://www.wikidata.org/wiki/Q1066226", ["the UK's Ministry of Defence", "the UK's MoD", "Britain's Ministry of Defence", "British defence intelligence"]),
    ("Office of the President of Ukraine", SourceKind.GOVERNMENT_BODY, "", None, "",
     ["Ukraine's presidential office", "Zelensky's office"]),
    ("Mykhailo Podolyak", SourceKind.PERSON, "Adviser to the head of the Office of the President of Ukraine.",
     "Office of the President of Ukraine", "https://www.wikidata.org/wiki/Q29052838",
     ["Podolyak", "Podoliak", "Mykhailo Podoliak"]),
    ("Freedom of Russia Legion", SourceKind.ARMED_GROUP,
     "An armed group of Russian citizens fighting on Ukraine's side.", None, "",
     ["Legion \"Freedom of Russia\"", "Freedom of Russian Legion"]),
    ("Western officials (unnamed)", SourceKind.UNNAMED, "Officials who spoke on condition of anonymity.",
     None, "", ["two Western officials"]),
]  # fmt: skip

# quote in the article, statement, speaker, cue, type, mention, check, verdict, explanation, published
CLAIMS = [
    ("its fighters had crossed from Ukraine into Russia's Belgorod region and briefly held two villages",
     "An armed group held two villages in Russia's Belgorod region",
     "Freedom of Russia Legion", "said", AttributionType.INDIRECT, "A little-known armed group",
     AttributionCheck.CONFIRMED, Verdict.MOSTLY_TRUE,
     "Geolocated footage shows the group's fighters in one village; the second could not be confirmed.", True),
    ("an attempt to divert attention from the failures of the Kyiv regime on the front line",
     "The incursion was an attempt to divert attention from Kyiv's failures at the front",
     "Dmitry Peskov", "told reporters", AttributionType.DIRECT_QUOTE, "Kremlin spokesperson Dmitry Peskov",
     AttributionCheck.CONFIRMED, Verdict.UNVERIFIABLE,
     "A statement of motive that evidence can neither prove nor disprove.", True),
    ("more than 70 attackers had been killed and four armoured vehicles destroyed",
     "More than 70 attackers were killed and four armoured vehicles destroyed",
     "Russian Ministry of Defence", "claimed", AttributionType.INDIRECT, "Russia's defence ministry",
     AttributionCheck.CONFIRMED, Verdict.FALSE,
     "The ministry's figures are not supported by any footage; imagery shows two damaged vehicles.", True),
    ("Russian forces had struggled to respond quickly to the raid",
     "Russian forces struggled to respond quickly to the raid",
     "UK Ministry of Defence", "said", AttributionType.INDIRECT, "the UK's Ministry of Defence",
     AttributionCheck.UNCHECKED, Verdict.IN_REVIEW, "", False),
    ("Ukraine is watching the events in the Belgorod region with interest, but has nothing to do with them",
     "Ukraine had nothing to do with the Belgorod raid",
     "Mykhailo Podolyak", "said", AttributionType.DIRECT_QUOTE, "Podolyak",
     AttributionCheck.CONFIRMED, Verdict.FALSE,
     "Officials cited by several outlets say the group received Ukrainian military equipment.", True),
    ("the group had received equipment from Ukraine's military intelligence agency",
     "The group received equipment from Ukraine's military intelligence",
     "Western officials (unnamed)", "said", AttributionType.INDIRECT, "Two Western officials",
     AttributionCheck.UNCHECKED, Verdict.UNVERIFIED, "", False),
]  # fmt: skip


def ensure_accounts() -> None:
    for username, password, group_name in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "is_staff": group_name is None,
                "is_superuser": group_name is None,
            },
        )
        if created:
            user.set_password(password)
            user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))


@transaction.atomic
def load_demo() -> bool:
    """Load the demo; returns False when it is already there."""
    ensure_accounts()
    if Article.objects.filter(title=DEMO_TITLE).exists():
        return False
    checker = User.objects.get(username="checker")
    editor = User.objects.get(username="editor")
    sources = {}
    for name, kind, description, affiliation, identity_url, aliases in SOURCES:
        sources[name] = Source.objects.filter(name=name).first() or services.source_create(
            name=name, kind=kind, description=description, identity_url=identity_url,
            affiliation=sources.get(affiliation), aliases=tuple(aliases), user=editor,
        )  # fmt: skip
    prepared = prepare_article(DEMO_ARTICLE)
    article = services.article_import(
        prepared=prepared, raw=DEMO_ARTICLE, title=DEMO_TITLE, publisher="The Example Gazette",
        url="https://news.example.com/world/belgorod-raid", user=editor,
    )  # fmt: skip
    for (
        quote,
        statement,
        speaker,
        cue,
        kind,
        mention,
        check,
        verdict,
        explanation,
        publish,
    ) in CLAIMS:
        start = article.body.index(quote)
        claim = services.claim_create(
            article=article,
            start=start,
            end=start + len(quote),
            statement=statement,
            user=editor,
        )
        services.attribution_add(
            claim=claim, source=sources[speaker], role=AttributionRole.SPEAKER, cue=cue, type=kind,
            mention=mention, user=editor,
        )  # fmt: skip
        if check == AttributionCheck.CONFIRMED:
            claim = services.claim_set_attribution_check(
                claim=claim, attribution_check=check, user=checker, expected_version=claim.version,
                primary_source_url="https://example.org/original-statement",
            )  # fmt: skip
        claim = services.claim_set_verdict(
            claim=claim, verdict=verdict, explanation=explanation, user=checker,
            expected_version=claim.version,
        )  # fmt: skip
        if verdict == Verdict.FALSE:
            services.evidence_add(
                claim=claim, url="https://example.org/geolocation-report", stance="refutes",
                title="Geolocation of the published footage", user=checker,
                archive=False,  # example.org has nothing to archive; real links are archived
            )  # fmt: skip
        if publish:
            claim = services.claim_publish(claim=claim, user=checker)
        if verdict == Verdict.FALSE and speaker == "Russian Ministry of Defence":
            # A public correction: first rated false, then revised when new imagery came in.
            services.claim_set_verdict(
                claim=claim, verdict=Verdict.MISLEADING, user=checker,
                expected_version=claim.version,
                explanation="Imagery shows two damaged vehicles, not four, and no evidence of 70 dead.",
                reason="New imagery showed two damaged vehicles, so the claim is exaggerated rather than false.",
            )  # fmt: skip
    return True
