"""Inline "create customer" form for an unknown caller: validated, saved on the writer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.services.dto import Identity
from app.services.errors import ValidationError
from app.views.common.field_error import field_error
from app.views.common.keyboard import DateEdit
from app.views.common.workers import Operation, Runner

NO_BIRTH_DATE = QDate(1900, 1, 1)


class NewCustomerForm(QFrame):
    created = Signal(object)  # Identity

    def __init__(self, runner: Runner, create: Callable[..., Identity], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        self._runner = runner
        self._create = create
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.city = QLineEdit(self)
        self.birth_date = DateEdit(self)
        self.birth_date.setMinimumDate(NO_BIRTH_DATE)
        self.birth_date.setSpecialValueText(self.tr("not given"))
        self.birth_date.setDate(NO_BIRTH_DATE)
        self.save_button = QPushButton(self.tr("Create and open"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.submit)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        # Labels above the fields: the form lives in the narrow left column.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for field, caption in (
            ("first_name", self.tr("First name")),
            ("last_name", self.tr("Last name")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("birth_date", self.tr("Birth date")),
            ("city", self.tr("City")),
        ):
            widget = getattr(self, field)
            widget.setAccessibleName(caption)
            error = field_error(self)  # wrapped: the form lives in the narrow left column
            self.errors[field] = error
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(caption, box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.last_name.returnPressed.connect(self.submit)

    def reset(self, phone: str = "") -> None:
        for field in ("first_name", "last_name", "email", "city"):
            getattr(self, field).clear()
        self.phone.setText(phone)
        self.birth_date.setDate(NO_BIRTH_DATE)
        self._clear_errors()

    def submit(self) -> None:
        self._clear_errors()
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        missing = [
            (field, message)
            for field, value, message in (
                ("first_name", first, self.tr("Enter the first name.")),
                ("last_name", last, self.tr("Enter the last name.")),
            )
            if not value
        ]
        for field, message in reversed(missing):  # both said at once; the first one focused
            self._show_error(field, message)
        if missing:
            return None
        born = self.birth_date.date()
        values = dict(
            first_name=first,
            last_name=last,
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            birth_date=None if born == NO_BIRTH_DATE else born.toPython(),
            city=self.city.text().strip(),
        )
        self.save_button.setEnabled(False)
        self._runner.submit(
            Operation(
                work=lambda: self._create(**values),
                on_success=self._done,
                on_failure=self._failed,
                write=True,
            )
        )

    def _done(self, identity: Identity) -> None:
        self.save_button.setEnabled(True)
        self.created.emit(identity)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_error(error.field, error.message)
        else:
            self.general_error.setText(self.tr("Not created: %1").replace("%1", str(error)))

    def _show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            self.general_error.setText(f"{field}: {message}")
            return
        label.setText(message)
        label.show()
        getattr(self, field).setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.clear()
