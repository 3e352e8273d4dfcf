"""Tests for the mapping tables: every row names real kinds, states, settings and codes."""

from __future__ import annotations

import pytest

from turkru.gazetteer.entries import SECTORS
from turkru.interop.codebook import (
    ANY,
    BODY_SECTORS,
    CAMEO_ROOT_QUAD,
    EVENT_RULES,
    PARTY_SECTORS,
    PLOVER_EVENTS,
    SETTINGS,
    EventRule,
    event_rule,
)
from turkru.model.records import RECORD_TYPES, Stage, Status

_STATES = {status.value for status in Status} | {stage.value for stage in Stage}
_KINDS = {cls.KIND for cls in RECORD_TYPES}


@pytest.mark.parametrize("rule", EVENT_RULES, ids=lambda rule: f"{rule.kind}-{rule.state}-{rule.setting}")
class TestRules:
    def test_rule_names_known_things(self, rule: EventRule) -> None:
        """Kind, state and setting are turkru's; the event type is PLOVER's; the CAMEO code is three digits."""
        assert rule.kind in _KINDS
        assert rule.state in _STATES
        assert rule.setting in (*SETTINGS, ANY)
        assert rule.plover in PLOVER_EVENTS
        assert len(rule.cameo) == 3 and rule.cameo.isdigit()
        assert rule.cameo[:2] in CAMEO_ROOT_QUAD

    def test_rule_is_found_by_its_key(self, rule: EventRule) -> None:
        """Looking the rule up by its own key gives it back (no row hides another)."""
        setting = SETTINGS[0] if rule.setting == ANY else rule.setting
        assert event_rule(rule.kind, rule.state, setting) == rule


def test_no_rule_for_trade_or_terminated_agreements() -> None:
    """Trade flows and terminated agreements are not events in PLOVER or CAMEO."""
    assert event_rule("trade_flow", "held", ANY) is None
    assert event_rule("agreement", "terminated", ANY) is None


def test_planned_events_are_agreements_to_meet() -> None:
    """Whatever the setting, a planned meeting, visit or session is PLOVER AGREE, CAMEO 036."""
    for kind in ("meeting", "visit", "commission_session", "event"):
        for setting in SETTINGS:
            rule = event_rule(kind, "planned", setting)
            assert rule is not None and (rule.plover, rule.cameo) == ("AGREE", "036")


def test_default_sectors_are_role_codes() -> None:
    """The default sectors by party kind and body are CAMEO role codes or None."""
    for sector in (*PARTY_SECTORS.values(), *BODY_SECTORS.values()):
        assert sector is None or sector in SECTORS


def test_every_cameo_code_used_has_a_name() -> None:
    """The CAMEO export can name each code a rule gives."""
    from turkru.interop.codebook import CAMEO_NAMES

    assert {rule.cameo for rule in EVENT_RULES} <= set(CAMEO_NAMES)
