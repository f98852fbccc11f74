"""Display names for product codes: the data and the rules keep codes, consultants read names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def product_name(code: str) -> str:
    """A translated name for a known product code; an unknown code shown as readable text."""
    # Literal calls, one per code, so pyside6-lupdate can collect them.
    names = {
        "current_account": translate("ProductNames", "Current account"),
        "savings_account": translate("ProductNames", "Savings account"),
        "credit_card": translate("ProductNames", "Credit card"),
        "debit_card": translate("ProductNames", "Debit card"),
        "mortgage": translate("ProductNames", "Mortgage"),
        "cash_loan": translate("ProductNames", "Cash loan"),
        "investment_fund": translate("ProductNames", "Investment fund"),
        "insurance": translate("ProductNames", "Insurance"),
        "term_deposit": translate("ProductNames", "Term deposit"),
    }
    if code in names:
        return names[code]
    if "_" in code and code == code.lower():
        return code.replace("_", " ").capitalize()
    return code
