from django import forms
from django.conf import settings
from django.forms.utils import flatatt
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from claims.importing import ImportRefused, PageMetadata, decode_upload
from claims.models import (
    Article,
    AttributionCheck,
    AttributionRole,
    AttributionType,
    Claim,
    EvidenceStance,
    PageCapture,
    Source,
    SourceKind,
    Verdict,
)

# The field template of one-line forms on the claim card (no help text).
COMPACT = "claims/forms/compact_field.html"


class CompactableForm(forms.Form):
    """A form that can sit on one line of the claim card: `compact` (or the class's default)
    renders its fields without help text."""

    compact = False

    def __init__(self, *args, compact=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.compact if compact is None else compact:
            for field in self.fields.values():
                field.template_name = COMPACT


def reason_field(required=False):
    """The reason for a change to a published claim, shown to readers on its change log."""
    return forms.CharField(
        label="Reason for the correction",
        max_length=500,
        required=required,
        help_text="This claim has been published: readers see this on its change log.",
    )


class VersionedForm(CompactableForm):
    """Carries the version the editor saw, so concurrent saves merge by field, and the reason
    for the change (needed only when the claim has been published)."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    reason = reason_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"] = self.fields.pop("reason")  # last: after the change it explains


ISO_DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")  # <input type="date">


class FilterForm(forms.Form):
    """Filters read from a query string, a stranger's input: a value that is not valid is
    left out of `filters()`, never turned into an error page or a database error."""

    def __init__(self, data, *, publishers):
        # Element ids are the parameter names, as the filters had before they were forms.
        super().__init__(data, auto_id="%s")
        self.fields["publisher"].choices = [("", "Any"), *((p, p) for p in publishers)]
        for field in self.fields.values():
            if isinstance(field, forms.BooleanField):
                field.template_name = "claims/forms/check_field.html"

    def clean_q(self):
        return self.cleaned_data["q"][:200]

    def filters(self) -> dict:
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class ClaimFilterForm(FilterForm):
    """The public index: search, verdict, publisher, dates, and the source a link chose."""

    q = forms.CharField(
        label="Search claims, quotes and sources",
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "maxlength": 200}),
    )
    verdict = forms.ChoiceField(choices=[("", "Any verdict"), *Verdict.choices], required=False)
    publisher = forms.ChoiceField(required=False)
    since = forms.DateField(label="Published since", required=False, widget=ISO_DATE)
    until = forms.DateField(label="Published until", required=False, widget=ISO_DATE)
    source = forms.SlugField(required=False, max_length=120, widget=forms.HiddenInput)


class ArticleFilterForm(FilterForm):
    """The desk's dashboard."""

    q = forms.CharField(
        label="Search titles and claims",
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "maxlength": 200}),
    )
    publisher = forms.ChoiceField(required=False)
    unverified = forms.BooleanField(label="Has unverified claims", required=False)
    mine = forms.BooleanField(label="Imported by me", required=False)


class ArticleImportForm(forms.Form):
    """An article from a link (fetched by the server), pasted text, or an uploaded file.

    Metadata the editor types wins over what the page says about itself, which wins over the
    text (`with_page`); the title never comes from a line classed as page furniture.
    """

    url = forms.URLField(
        label="Link to the article",
        max_length=1000,
        required=False,
        assume_scheme="https",
        help_text="Paste the link to fetch the page, or paste the text below and keep the link "
        "as the original URL.",
    )
    title = forms.CharField(
        max_length=300,
        required=False,
        help_text="From the page's headline, or its first line, if left empty.",
    )
    publisher = forms.CharField(max_length=200, required=False)
    byline = forms.CharField(max_length=300, required=False)
    published_on = forms.DateField(label="Publication date", required=False, widget=ISO_DATE)
    language = forms.CharField(max_length=20, required=False, help_text="For example en-GB.")
    text = forms.CharField(
        label="Article text or HTML",
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        help_text="Paste the article, or upload a file below.",
    )
    file = forms.FileField(
        label="…or a .txt / .html file",
        required=False,
        help_text=f"Up to {filesizeformat(settings.ARTICLE_MAX_BYTES)}, UTF-8.",
    )
    capture = forms.ModelChoiceField(
        queryset=PageCapture.objects.none(), required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        # Only pages this editor fetched for an import: an id typed by hand finds nothing else.
        self.fields["capture"].queryset = PageCapture.objects.filter(
            evidence=None, requested_by=user
        )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        if not upload.name.lower().endswith((".txt", ".html", ".htm")):
            raise forms.ValidationError("Only .txt and .html files can be imported.")
        if upload.size > settings.ARTICLE_MAX_BYTES:
            raise forms.ValidationError(
                f"The file is {filesizeformat(upload.size)}; the limit is "
                f"{filesizeformat(settings.ARTICLE_MAX_BYTES)}."
            )
        try:
            return decode_upload(upload.read())
        except ImportRefused as error:
            raise forms.ValidationError(str(error)) from None

    def clean(self):
        cleaned = super().clean()
        given = cleaned.get("file") or cleaned.get("text", "").strip() or cleaned.get("capture")
        if not self.errors and not given and not cleaned.get("url"):
            raise forms.ValidationError("Paste a link to the article, its text, or choose a file.")
        cleaned["raw"] = cleaned.get("file") or cleaned.get("text", "")
        return cleaned

    @property
    def needs_fetch(self) -> bool:
        """Only a link was given: the page is to be fetched."""
        data = self.cleaned_data
        return not (data["raw"].strip() or data["capture"])

    def with_page(self, capture: PageCapture, metadata: PageMetadata) -> "ArticleImportForm":
        """The same form, carrying the fetched page and its metadata where the editor left a
        field empty."""
        data = self.data.copy()
        data["capture"] = capture.pk
        for name in ("title", "publisher", "byline", "language"):
            if not data.get(name, "").strip():
                data[name] = getattr(metadata, name)
        if not data.get("published_on") and metadata.published_on:
            data["published_on"] = metadata.published_on.isoformat()
        form = ArticleImportForm(data, user=self.user)
        form.is_valid()
        return form


class ArticleEditForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(max_length=300, required=False, label="What changed (for the history)")

    class Meta:
        model = Article
        fields = ["title", "publisher", "byline", "url", "published_on", "language", "body"]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 24}),
            # <input type="date"> reads ISO dates only: a localised value shows as empty and
            # saving then erases the date.
            "published_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


class LongSelect(forms.Select):
    """A select of hundreds of flat options (every sentence of a long article), written in one
    pass: Django renders each option through its own template, which at 500 sentences cost
    more than the rest of the workspace page."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in (value if isinstance(value, list | tuple) else [value])}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (key, mark_safe(" selected") if str(key) in chosen else "", label)
                for key, label in self.choices
            ),
        )
        attributes = flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name}))
        return format_html("<select{}>{}</select>", attributes, options)


class ClaimCreateForm(forms.Form):
    article_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)
    quote = forms.CharField(widget=forms.HiddenInput, required=False)
    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput, required=False)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput, required=False)
    sentence = forms.ChoiceField(
        label="…or choose a sentence",
        widget=LongSelect,
        required=False,
        help_text="Keyboard path: pick a sentence instead of selecting text.",
    )
    statement = forms.CharField(
        max_length=200,
        required=False,
        help_text="Short wording of the claim; the quote if empty.",
    )

    def __init__(self, *args, sentences=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sentence"].choices = [("", "— select a sentence —")] + [
            (f"{start}:{end}", text if len(text) < 120 else text[:117] + "…")
            for start, end, text in sentences
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("sentence"):
            start, end = cleaned["sentence"].split(":")
            cleaned["start"], cleaned["end"] = int(start), int(end)
        if cleaned.get("start") is None or cleaned.get("end") is None:
            raise forms.ValidationError("Select a passage in the text, or choose a sentence.")
        return cleaned


class StatementForm(VersionedForm):
    statement = forms.CharField(max_length=200, label="Claim")


class AttributionCheckForm(VersionedForm):
    attribution_check = forms.ChoiceField(
        choices=AttributionCheck.choices, label="Attribution check"
    )
    primary_source_url = forms.URLField(
        label="Primary source link",
        required=False,
        max_length=1000,
        assume_scheme="https",
    )


class VerdictForm(VersionedForm):
    verdict = forms.ChoiceField(choices=Verdict.choices)
    explanation = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)


class UnattributedForm(VersionedForm):
    compact = True
    unattributed = forms.BooleanField(required=False)


class AttributionForm(VersionedForm):
    role = forms.ChoiceField(choices=AttributionRole.choices)
    cue = forms.CharField(max_length=60, required=False)
    type = forms.ChoiceField(choices=AttributionType.choices, label="Type")
    mention = forms.CharField(max_length=200, required=False, label="As the article names it")


class AttributeSourceForm(AttributionForm):
    version = None  # a new attribution has no version yet
    source = forms.ModelChoiceField(queryset=Source.objects.all(), widget=forms.HiddenInput)
    add_alias = forms.BooleanField(required=False, label="Add the wording as an alias")


class SourceCreateForm(forms.Form):
    name = forms.CharField(max_length=200)
    kind = forms.ChoiceField(choices=SourceKind.choices, initial=SourceKind.ORGANISATION)
    affiliation = forms.ModelChoiceField(queryset=Source.objects.all(), required=False)
    identity_url = forms.URLField(
        required=False, label="Wikidata or homepage", assume_scheme="https"
    )
    description = forms.CharField(max_length=500, required=False)
    reason = reason_field()


class EvidenceForm(VersionedForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)
    url = forms.URLField(max_length=1000, label="Link", assume_scheme="https")
    title = forms.CharField(max_length=300)
    stance = forms.ChoiceField(choices=EvidenceStance.choices)
    note = forms.CharField(
        max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class SourceMergeForm(forms.Form):
    keep = forms.ModelChoiceField(queryset=Source.objects.all(), label="Keep")
    merge = forms.ModelChoiceField(
        queryset=Source.objects.all(), label="Merge into it, then remove"
    )
    reason = forms.CharField(
        max_length=500, required=False, label="Reason (if published claims move)",
        help_text="Published claims will name the kept source; readers see this reason.",
    )  # fmt: skip

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("keep") and cleaned.get("keep") == cleaned.get("merge"):
            raise forms.ValidationError("Choose two different sources.")
        return cleaned


class SuggestionAcceptForm(forms.Form):
    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    statement = forms.CharField(max_length=200, required=False)
    source_id = forms.ModelChoiceField(
        queryset=Source.objects.all(), required=False, widget=forms.HiddenInput
    )
    source_name = forms.CharField(max_length=200, required=False)
    source_kind = forms.ChoiceField(choices=SourceKind.choices, required=False)
    mention = forms.CharField(max_length=200, required=False)
    cue = forms.CharField(max_length=60, required=False)
    type = forms.ChoiceField(choices=AttributionType.choices, required=False)


class ReasonForm(CompactableForm):
    """Publish, withdraw, delete or remove: the reason, needed once a claim has been published."""

    reason = reason_field()

    def __init__(self, *args, label=None, **kwargs):
        super().__init__(*args, **kwargs)
        if label:
            self.fields["reason"].label = label


CLAIM_FORM_CLASSES = {
    "statement": StatementForm,
    "attribution_check": AttributionCheckForm,
    "verdict": VerdictForm,
    "unattributed": UnattributedForm,
    "evidence": EvidenceForm,
    "source_create": SourceCreateForm,
}


def card_form(name: str, claim: Claim, data=None, **kwargs):
    """A claim card's form; element ids carry the claim and the form, so none repeats."""
    return CLAIM_FORM_CLASSES[name](data, auto_id=f"claim{claim.pk}_{name}_%s", **kwargs)


def initial_claim_forms(claim: Claim) -> dict:
    version = {"version": claim.version}
    initial = {
        "statement": {**version, "statement": claim.statement},
        "attribution_check": {
            **version,
            "attribution_check": claim.attribution_check,
            "primary_source_url": claim.primary_source_url,
        },
        "verdict": {
            **version,
            "verdict": claim.verdict,
            "explanation": claim.explanation,
        },
        "unattributed": {**version, "unattributed": not claim.unattributed},
    }
    return {name: card_form(name, claim, initial=initial.get(name)) for name in CLAIM_FORM_CLASSES}
