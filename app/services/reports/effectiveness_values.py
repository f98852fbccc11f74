"""Offer effectiveness as plain values: conversion per rule (and group), champion/challenger."""

from __future__ import annotations

from dataclasses import dataclass, field

# What a presentation is broken down by (`acrm report effectiveness --by`).
BREAKDOWNS = ("segment", "rfm_segment", "value_tier", "channel")
# Group names that are not values of the column broken down by.
NOT_SCORED = "not_scored"  # no scores in the analytics version in force
UNSPECIFIED = "unspecified"  # the customer (or their scores) has an empty value
NO_CONTACT = "unknown"  # no contact of the customer within the hour before the presentation


@dataclass(frozen=True, slots=True)
class Conversion:
    """One rule's presentations (in one group, or all of them) and how many were accepted."""

    rule_id: str
    group: str  # "" for all of the rule's presentations
    presented: int
    accepted: int
    conversion: float | None  # accepted / presented; None when nothing was presented
    conversion_low: float | None  # Wilson 95 % interval
    conversion_high: float | None


@dataclass(frozen=True, slots=True)
class ChallengerPair:
    """A champion rule and the challenger offered instead of it to a share of customers."""

    champion: Conversion
    challenger: Conversion
    configured_share: int  # percent of customers meant to get the challenger
    observed_share: float | None  # challenger's share of the pair's presentations
    uplift: float | None  # conversion(challenger) − conversion(champion)
    uplift_low: float | None  # Newcombe's hybrid score 95 % interval (method 10)
    uplift_high: float | None


@dataclass(frozen=True, slots=True)
class Effectiveness:
    """Every rule presented in the period; its groups when broken down; the pairs in force."""

    by: str | None  # one of BREAKDOWNS, or None
    rule_set_version: int | None  # the published rule set the pairs come from
    rules: list[Conversion] = field(default_factory=list)  # one per rule, by rule id
    groups: list[Conversion] = field(default_factory=list)  # per rule and group (`by` only)
    pairs: list[ChallengerPair] = field(default_factory=list)
