"""Display labels for codes: the data and the rules keep codes, people read these names.

Every table is written once, here, in the "Labels" translation context. The calls stay literal
(one `translate("Labels", "...")` per text) so pyside6-lupdate can collect them; an unknown code
is shown as readable text rather than dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.data_language import language_of
from app.services.dto import ContactRow, WrapUpCodeRow

translate = QCoreApplication.translate


def _readable(code: str) -> str:
    """A code nobody named yet ("leasing_auto") as text ("Leasing auto"); other text as is."""
    if "_" in code and code == code.lower():
        return code.replace("_", " ").capitalize()
    return code


def product_name(code: str) -> str:
    names = {
        "current_account": translate("Labels", "Current account"),
        "savings_account": translate("Labels", "Savings account"),
        "credit_card": translate("Labels", "Credit card"),
        "debit_card": translate("Labels", "Debit card"),
        "mortgage": translate("Labels", "Mortgage"),
        "cash_loan": translate("Labels", "Cash loan"),
        "investment_fund": translate("Labels", "Investment fund"),
        "insurance": translate("Labels", "Insurance"),
        "term_deposit": translate("Labels", "Term deposit"),
    }
    return names.get(code) or _readable(code)


def channel_name(channel: str) -> str:
    names = {
        "phone": translate("Labels", "Phone"),
        "email": translate("Labels", "E-mail"),
        "chat": translate("Labels", "Chat"),
        "sms": translate("Labels", "SMS"),
        "branch": translate("Labels", "Branch"),
        "letter": translate("Labels", "Letter"),
        "push": translate("Labels", "Push"),
    }
    return names.get(channel, channel)


def direction_name(direction: str) -> str:
    names = {
        "inbound": translate("Labels", "Inbound"),
        "outbound": translate("Labels", "Outbound"),
    }
    return names.get(direction, direction)


def complaint_resolution_name(resolution: str) -> str:
    names = {
        "upheld": translate("Labels", "upheld"),
        "rejected": translate("Labels", "rejected"),
    }
    return names.get(resolution, resolution)


def entitlement_text(code: str, until: str) -> str:
    """E.g. "Card fee waived until 31.05.2027"; `until` is the last day, already formatted."""
    known = {
        "card_fee_waiver": translate("Labels", "Card fee waived until %1"),
        "account_fee_waiver": translate("Labels", "Account fee waived until %1"),
    }
    if code in known:
        return known[code].replace("%1", until)
    name = _readable(code)  # a bank's own code ("CARD:FEE-WAIVER") is shown as written
    return translate("Labels", "%1 until %2").replace("%1", name).replace("%2", until)


def contact_outcome_name(outcome: str) -> str:
    """A contact's outcome code as a label; a free text from an older import is shown as is."""
    names = {
        "resolved": translate("Labels", "Resolved"),
        "information_given": translate("Labels", "Information given"),
        "follow_up_needed": translate("Labels", "Follow-up needed"),
        "escalated": translate("Labels", "Escalated"),
        "no_answer": translate("Labels", "No answer"),
    }
    return names.get(outcome, outcome)


def viewer_language() -> str:
    """The language texts from the data are shown in: the desk's (install_locale sets it)."""
    return language_of(QLocale().name())


def wrapup_code_name(row: WrapUpCodeRow) -> str:
    """A catalogue code by its label in the viewer's language (else its label, else code)."""
    return row.shown(viewer_language())


def wrapup_codes_text(row: ContactRow) -> str:
    """A contact's wrap-up codes by their catalogue labels in the viewer's language."""
    return ", ".join(row.code_names(viewer_language()))


def segment_name(segment: str) -> str:
    """A customer segment code; one the desk does not know is shown as the bank wrote it."""
    names = {
        "mass": translate("Labels", "mass"),
        "affluent": translate("Labels", "affluent"),
        "private": translate("Labels", "private banking"),
        "youth": translate("Labels", "youth"),
        "sme": translate("Labels", "small business"),
    }
    return names.get(segment, segment)


def consent_purpose_name(purpose: str) -> str:
    """A consent's purpose; one the desk does not know is shown as the bank wrote it."""
    names = {
        "marketing": translate("Labels", "marketing"),
        "service": translate("Labels", "service"),
    }
    return names.get(purpose, purpose)


def offer_outcome_name(outcome: str) -> str:
    names = {
        "accepted": translate("Labels", "Accepted"),
        "declined": translate("Labels", "Declined"),
        "later": translate("Labels", "Later"),
        "not_relevant": translate("Labels", "Not relevant"),
    }
    return names.get(outcome, _readable(outcome))


def offer_outcome_choice(outcome: str) -> str:
    """The consultant's button for an outcome (the offer's letter key does the same)."""
    names = {
        "accepted": translate("Labels", "Accept"),
        "declined": translate("Labels", "Decline"),
        "later": translate("Labels", "Later"),
        "not_relevant": translate("Labels", "Not relevant"),
    }
    return names.get(outcome, _readable(outcome))


def decline_reason_name(code: str) -> str:
    names = {
        "not_interested": translate("Labels", "Not interested"),
        "too_expensive": translate("Labels", "Too expensive"),
        "has_it_elsewhere": translate("Labels", "Has it elsewhere"),
        "bad_moment": translate("Labels", "Bad moment"),
        "other": translate("Labels", "Other reason"),
    }
    return names.get(code, code.replace("_", " "))


def held_reason_template(code: str) -> str | None:
    """Why a rule is held back, with %1 for the detail; None for a code without a text."""
    templates = {
        "no_consent": translate("Labels", "no consent: %1 marketing"),
        "cooldown_shown": translate("Labels", "cooldown: shown recently, again from %1"),
        "cooldown_declined": translate("Labels", "cooldown: declined recently, again from %1"),
        "cooldown_accepted": translate("Labels", "cooldown: accepted recently, again from %1"),
        "presentation_cap": translate("Labels", "shown %1 times already in the policy window"),
        "waiting_callback": translate("Labels", "a callback is arranged for %1"),
        "already_done": translate("Labels", "already done for this period (%1)"),
        "below_top": translate("Labels", "ranked below the top %1"),
        "duplicate_action": translate("Labels", "the same action is offered by rule %1"),
        "valid_from": translate("Labels", "outside dates: valid from %1"),
        "valid_until": translate("Labels", "outside dates: ended %1"),
        "split_challenger_arm": translate(
            "Labels",
            "held back: champion/challenger split, this customer is in the challenger's %1 %",
        ),
        "split_champion_arm": translate(
            "Labels",
            "held back: champion/challenger split, this customer is in the champion's %1 %",
        ),
    }
    return templates.get(code)


def rule_kind_name(kind: str) -> str:
    """The short name in the rule list."""
    if str(kind) == "automatic":
        return translate("Labels", "automatic")
    if str(kind) == "alert":
        return translate("Labels", "alert")
    return translate("Labels", "prompt")


def rule_kind_choice(kind: str) -> str:
    """The rule editor's choice, saying who acts."""
    if str(kind) == "automatic":
        return translate("Labels", "automatic: the system does it")
    if str(kind) == "alert":
        return translate("Labels", "alert: a warning at the top of the card")
    return translate("Labels", "prompt: the consultant offers it")


def alert_severity_choice(severity: str) -> str:
    """The rule editor's choice of how loud an alert is (the colour named, and what it means)."""
    if str(severity) == "red":
        return translate("Labels", "red: urgent, act on it")
    return translate("Labels", "amber: take care")


def draft_status_name(status: str) -> str:
    """A draft rule against the published version: new, changed, or "" (as published)."""
    names = {"new": translate("Labels", "new"), "changed": translate("Labels", "changed")}
    return names.get(status, translate("Labels", "as published"))


def draft_status_tip(status: str) -> str:
    tips = {
        "new": translate("Labels", "Not in the published version: goes live when you publish."),
        "changed": translate(
            "Labels", "Changed since published: the change goes live when you publish."
        ),
    }
    return tips.get(status, translate("Labels", "The same as in the published version."))


def rule_change_name(change: str) -> str:
    """How a rule differs between two versions."""
    names = {
        "added": translate("Labels", "added"),
        "removed": translate("Labels", "removed"),
        "changed": translate("Labels", "changed"),
    }
    return names.get(change, change)


def delivery_status_name(status: str) -> str:
    """An automatic action's ledger status."""
    names = {
        "pending": translate("Labels", "Waiting to send"),
        "delivered": translate("Labels", "Delivered"),
        "failed": translate("Labels", "Delivery failed"),
        "local": translate("Labels", "Local outbox"),
    }
    return names.get(status, status)


def queue_kind_name(kind: str) -> str:
    names = {
        "callback": translate("Labels", "Callback"),
        "follow_up": translate("Labels", "Follow-up"),
        "campaign": translate("Labels", "Campaign"),
    }
    return names.get(kind, _readable(kind))


def queue_outcome_choice(outcome: str) -> str:
    """How a queue item's attempt ended, as the consultant chooses it in the wrap-up."""
    names = {
        "reached": translate("Labels", "Reached the customer"),
        "no_answer": translate("Labels", "No answer"),
        "busy": translate("Labels", "Line busy"),
        "rescheduled": translate("Labels", "Call again at…"),
        "wrong_number": translate("Labels", "Wrong number"),
        "refused": translate("Labels", "Does not want the call"),
    }
    return names.get(outcome, _readable(outcome))


def entity_name(entity: str) -> str:
    """A synced record's kind, in the consultant's words."""
    names = {
        "contact": translate("Labels", "Contact"),
        "customer": translate("Labels", "Customer"),
        "consent": translate("Labels", "Consent"),
        "complaint": translate("Labels", "Complaint"),
        "queue_item": translate("Labels", "Queue item"),
        "offer_presentation": translate("Labels", "Offer shown"),
        "offer_outcome": translate("Labels", "Offer outcome"),
    }
    return names.get(entity, entity.replace("_", " "))


def table_name(table: str) -> str:
    """A synced table, as the consultant would call it."""
    names = {
        "customers": translate("Labels", "customers"),
        "customer_phones": translate("Labels", "phone numbers"),
        "customer_emails": translate("Labels", "e-mail addresses"),
        "customer_attributes": translate("Labels", "customer attributes"),
        "products": translate("Labels", "products"),
        "transactions": translate("Labels", "transactions"),
        "complaints": translate("Labels", "complaints"),
        "consents": translate("Labels", "consents"),
        "contacts": translate("Labels", "contacts"),
        "contact_wrapups": translate("Labels", "wrap-ups"),
        "offer_presentations": translate("Labels", "offers shown"),
        "offer_outcomes": translate("Labels", "offer outcomes"),
    }
    return names.get(table, table.replace("_", " "))
