"""PIN codes on keypad locks: the desk's model of them and the rules they follow.

Pure Python, no I/O and no clock reads: every rule that needs the time takes `now`, and every
rule that needs randomness takes a `random.Random` (pass `random.SystemRandom()` for real PINs).

Modules:
- `access_code`: the `AccessCode` entity (every provider property plus the desk's own fields).
- `issues`: plain words for provider error and warning codes.
- `lifecycle`: when a code should be on the lock; validation of times; status wording.
- `constraints`: what PIN a lock accepts; generating one.
- `linked`: one PIN across several locks, grouped by `common_code_key`.
- `backup_pool`: backup codes kept on each lock for lockouts.
- `time_slots`, `offline`: offline (time-slot) codes: slot matching, what cannot be changed.
- `replacement`: moving codes to a lock that replaced a factory-reset one.
"""

from frontdesk.domain.codes.access_code import (
    AccessCode,
    CodeAppearance,
    CodeIssue,
    CodeStatus,
    CodeType,
    OracodeMetadata,
    PendingMutation,
    SyncState,
    changed,
    marked_for_removal,
    new_code,
    to_send_again,
)
from frontdesk.domain.codes.backup_pool import (
    DEFAULT_POOL_SIZE,
    BackupPull,
    PoolHealth,
    codes_to_remove_at_end,
    is_healthy_backup,
    new_pool_codes,
    pool_health,
    pull_backup,
)
from frontdesk.domain.codes.constraints import (
    CodeConstraints,
    check_name,
    check_pin,
    find_shared_pin,
    generate_pin,
    pin_problems,
)
from frontdesk.domain.codes.issues import (
    IssueText,
    IssueView,
    describe_issue,
    issue_views,
    known_issue_codes,
    normalized_issue_code,
)
from frontdesk.domain.codes.lifecycle import (
    PROGRAMMING_LEAD,
    describe_code_state,
    describe_status,
    expected_status,
    is_overdue,
    is_removal_overdue,
    programming_time,
    validate_code,
    validate_times,
    works_now,
)
from frontdesk.domain.codes.linked import (
    DeviceCodeContext,
    LinkedCodePlan,
    LinkedCodeRequest,
    new_common_code_key,
    plan_linked_codes,
    update_group_times,
)
from frontdesk.domain.codes.offline import MAX_OFFLINE_STAY, SlotMatch, check_mutable, match_time_slot
from frontdesk.domain.codes.outbox import OutboxOperation, OutboxState
from frontdesk.domain.codes.replacement import DeviceReplacement, replace_device
from frontdesk.domain.codes.time_slots import TimeOfDay, TimeSlot, parse_time_of_day

__all__ = [
    "DEFAULT_POOL_SIZE",
    "MAX_OFFLINE_STAY",
    "PROGRAMMING_LEAD",
    "AccessCode",
    "BackupPull",
    "CodeAppearance",
    "CodeConstraints",
    "CodeIssue",
    "CodeStatus",
    "CodeType",
    "DeviceCodeContext",
    "DeviceReplacement",
    "IssueText",
    "IssueView",
    "LinkedCodePlan",
    "LinkedCodeRequest",
    "OracodeMetadata",
    "OutboxOperation",
    "OutboxState",
    "PendingMutation",
    "PoolHealth",
    "SlotMatch",
    "SyncState",
    "TimeOfDay",
    "TimeSlot",
    "changed",
    "check_mutable",
    "check_name",
    "check_pin",
    "codes_to_remove_at_end",
    "describe_code_state",
    "describe_issue",
    "describe_status",
    "expected_status",
    "find_shared_pin",
    "generate_pin",
    "is_healthy_backup",
    "is_overdue",
    "is_removal_overdue",
    "issue_views",
    "known_issue_codes",
    "marked_for_removal",
    "match_time_slot",
    "new_code",
    "new_common_code_key",
    "new_pool_codes",
    "normalized_issue_code",
    "parse_time_of_day",
    "pin_problems",
    "plan_linked_codes",
    "pool_health",
    "programming_time",
    "pull_backup",
    "replace_device",
    "to_send_again",
    "update_group_times",
    "validate_code",
    "validate_times",
    "works_now",
]
