"""Wrap-up drafts on disk: private, atomic, bounded, and a bad file set aside with its name."""

from __future__ import annotations

import json
import uuid

from app.services.contacts.drafts import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    Draft,
    DraftStore,
    drafts_folder,
)


def draft(**changes) -> Draft:
    values = dict(
        contact_id=str(uuid.uuid4()),
        customer_id=str(uuid.uuid4()),
        display_name="Żaneta Kowalczyk",
        channel="phone",
        direction="inbound",
        caller_number="+48601000001",
        started_at="2026-12-06T08:00:00+00:00",
        elapsed_s=75,
        reason="Zastrzeżenie karty",
        codes=("INFO", "CARD_BLOCK"),
        notes="Nowa karta pocztą.",
        outcome="Resolved",
        callback_at=None,
        errors={"codes": "Code COMPLAINT is no longer in use."},
    )
    values.update(changes)
    return Draft(**values)


def test_a_draft_round_trips_in_a_private_file(tmp_path) -> None:
    store = DraftStore(tmp_path / "drafts")
    kept = draft()
    path = store.save(kept)
    assert (tmp_path / "drafts").stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600
    assert store.load_all().drafts == [kept]
    # Rewritten in place by rename: no temporary file left beside it.
    store.save(draft(contact_id=kept.contact_id, reason="Inny powód"))
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == [path.name]
    assert store.load_all().drafts[0].reason == "Inny powód"
    store.delete(kept.contact_id)
    assert store.load_all().drafts == [] and store.load_all().problems == []


def test_an_unknown_caller_and_a_long_text_are_kept_bounded(tmp_path) -> None:
    store = DraftStore(tmp_path)
    store.save(draft(customer_id=None, notes="x" * (MAX_TEXT_CHARS + 500)))
    (loaded,) = store.load_all().drafts
    assert loaded.customer_id is None
    assert len(loaded.notes) == MAX_TEXT_CHARS  # far above the 4,000 limit a save enforces


def test_bad_files_are_named_and_set_aside(tmp_path) -> None:
    store = DraftStore(tmp_path)
    good = draft()
    store.save(good)
    broken = tmp_path / f"{uuid.uuid4()}.draft.json"
    broken.write_text('{"version": 1,\n "draft": {', encoding="utf-8")
    wrong_type = tmp_path / f"{uuid.uuid4()}.draft.json"
    document = json.loads(store.path_for(good.contact_id).read_text(encoding="utf-8"))
    document["draft"]["elapsed_s"] = "75"
    wrong_type.write_text(json.dumps(document), encoding="utf-8")
    huge = tmp_path / f"{uuid.uuid4()}.draft.json"
    huge.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    loaded = store.load_all()
    assert loaded.drafts == [good]
    problems = "\n".join(loaded.problems)
    assert f"{broken} cannot be read (line 2, column" in problems
    assert f"{wrong_type} cannot be read (field 'elapsed_s': expected int)" in problems
    assert f"{huge} cannot be read (larger than 256 KiB)" in problems
    for path in (broken, wrong_type, huge):
        assert not path.exists() and path.with_name(path.name + ".corrupt").exists()
    assert store.load_all().problems == []  # set aside once, not reported at every start


def test_each_person_and_database_has_its_own_drafts(tmp_path) -> None:
    mine = drafts_folder(tmp_path, "sqlite:////data/acrm.sqlite3", "anna.nowak")
    assert mine == drafts_folder(tmp_path, "sqlite:////data/acrm.sqlite3", "anna.nowak")
    assert mine.parent == tmp_path / "drafts"
    assert mine != drafts_folder(tmp_path, "sqlite:////data/demo.sqlite3", "anna.nowak")
    assert mine != drafts_folder(tmp_path, "sqlite:////data/acrm.sqlite3", "jan.kowal")
    DraftStore(mine).save(draft())
    assert DraftStore(drafts_folder(tmp_path, "sqlite:////x", "anna.nowak")).load_all().drafts == []


def test_the_identity_check_stays_with_its_draft_and_older_drafts_still_load(tmp_path) -> None:
    store = DraftStore(tmp_path / "drafts")
    checked = draft(verification=("passed", "not_asked", "passed"))
    store.save(checked)
    older = draft()
    path = store.save(older)
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["draft"]["verification"]  # written before drafts kept the check
    path.write_text(json.dumps(document), encoding="utf-8")
    loaded = {d.contact_id: d for d in store.load_all().drafts}
    assert loaded[checked.contact_id].verification == ("passed", "not_asked", "passed")
    assert loaded[older.contact_id].verification == ()


def test_the_queue_item_and_its_outcome_stay_with_the_draft_and_older_drafts_still_load(
    tmp_path,
) -> None:
    store = DraftStore(tmp_path / "drafts")
    item = str(uuid.uuid4())
    worked = draft(
        queue_item=item,
        queue_outcome="rescheduled",
        queue_reschedule_to="2026-12-06T15:00:00+00:00",
    )
    store.save(worked)
    chosen_nothing = draft(queue_item=item)
    store.save(chosen_nothing)
    older = draft()
    path = store.save(older)
    document = json.loads(path.read_text(encoding="utf-8"))
    for key in ("queue_item", "queue_outcome", "queue_reschedule_to"):
        del document["draft"][key]  # written before drafts kept the queue item
    path.write_text(json.dumps(document), encoding="utf-8")
    loaded = {d.contact_id: d for d in store.load_all().drafts}
    assert loaded[worked.contact_id] == worked
    assert loaded[chosen_nothing.contact_id].queue_item == item
    assert loaded[chosen_nothing.contact_id].queue_outcome == ""
    assert loaded[chosen_nothing.contact_id].queue_reschedule_to is None
    assert (loaded[older.contact_id].queue_item, loaded[older.contact_id].queue_outcome) == (
        None,
        "",
    )
    assert loaded[older.contact_id].queue_reschedule_to is None


def test_a_draft_with_a_bad_queue_item_or_time_is_named_and_set_aside(tmp_path) -> None:
    store = DraftStore(tmp_path)
    bad_id = store.save(draft())
    document = json.loads(bad_id.read_text(encoding="utf-8"))
    document["draft"]["queue_item"] = "../../etc/passwd"
    bad_id.write_text(json.dumps(document), encoding="utf-8")
    bad_time = store.save(draft())
    document = json.loads(bad_time.read_text(encoding="utf-8"))
    document["draft"]["queue_item"] = str(uuid.uuid4())
    document["draft"]["queue_reschedule_to"] = "tomorrow"
    bad_time.write_text(json.dumps(document), encoding="utf-8")
    loaded = store.load_all()
    assert loaded.drafts == []
    problems = "\n".join(loaded.problems)
    assert f"{bad_id} cannot be read (field 'queue_item': not an id)" in problems
    assert (
        f"{bad_time} cannot be read (field 'queue_reschedule_to': not a date and time)" in problems
    )
