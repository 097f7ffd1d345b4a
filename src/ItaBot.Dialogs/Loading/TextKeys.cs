namespace ItaBot.Dialogs;

/// <summary>Keys texts.yaml must define, with the slots each must declare.</summary>
internal static class TextKeys
{
    public const string LabelCancel = "engine.label.cancel";
    public const string LabelBack = "engine.label.back";
    public const string LabelSkip = "engine.label.skip";
    public const string LabelDone = "engine.label.done";
    public const string LabelUnsure = "engine.label.unsure";
    public const string LabelCamera = "engine.label.camera";
    public const string LabelCameraRoll = "engine.label.camera_roll";
    public const string LabelLocation = "engine.label.location";
    public const string LabelPickDate = "engine.label.pick_date";
    public const string LabelSubmit = "engine.label.submit";
    public const string LabelEdit = "engine.label.edit";
    public const string LabelResume = "engine.label.resume";
    public const string LabelRestart = "engine.label.restart";
    public const string LabelRestartConfirm = "engine.label.restart_confirm";
    public const string LabelBackToDraft = "engine.label.back_to_draft";
    public const string WordMenu = "engine.word.menu";
    public const string WordHelp = "engine.word.help";
    public const string Received = "engine.received";
    public const string EvidenceCount = "engine.evidence_count";
    public const string FileTooLarge = "engine.file_too_large";
    public const string NotGiven = "engine.not_given";
    public const string EditPrompt = "engine.edit_prompt";
    public const string Cancelled = "common.cancelled";
    public const string Expired = "common.expired";
    public const string FlowChanged = "common.flow_changed";
    public const string RetryExhausted = "common.retry_exhausted";
    public const string AddedToStory = "common.added_to_story";
    public const string NotTaken = "common.not_taken";
    public const string IdleResume = "common.idle_resume";
    public const string RestartConfirm = "common.restart_confirm";

    private static readonly string[] NoSlots = [];
    private static readonly string[] CaseSlots = ["case_no", "receipt_code", "review_due", "result_due"];

    public static readonly IReadOnlyDictionary<string, string[]> Required = new Dictionary<string, string[]>
    {
        [LabelCancel] = NoSlots, [LabelBack] = NoSlots, [LabelSkip] = NoSlots, [LabelDone] = NoSlots,
        [LabelUnsure] = NoSlots, [LabelCamera] = NoSlots, [LabelCameraRoll] = NoSlots, [LabelLocation] = NoSlots,
        [LabelPickDate] = NoSlots, [LabelSubmit] = NoSlots, [LabelEdit] = NoSlots, [LabelResume] = NoSlots, [LabelRestart] = NoSlots,
        [LabelRestartConfirm] = NoSlots, [LabelBackToDraft] = NoSlots,
        [WordMenu] = NoSlots, [WordHelp] = NoSlots,
        [Received] = ["count"], [EvidenceCount] = ["count"], [FileTooLarge] = ["max_mb"], [NotGiven] = NoSlots, [EditPrompt] = NoSlots,
        [Cancelled] = NoSlots, [Expired] = ["days"], [IdleResume] = ["flow", "step"], [RestartConfirm] = ["flow"], [FlowChanged] = NoSlots, [RetryExhausted] = NoSlots, [AddedToStory] = ["label"], [NotTaken] = NoSlots,
        ["menu.greeting"] = ["organisation"], ["menu.prompt"] = NoSlots, ["menu.help"] = NoSlots,
        ["org.phone_line"] = ["phone"],
        ["menu.resume_hint"] = NoSlots, ["menu.buttons"] = NoSlots,
        ["menu.replace_confirm"] = ["current", "next"], ["menu.replace_label"] = NoSlots, ["menu.replaced"] = NoSlots,
        ["menu.resume_label"] = NoSlots,
        ["common.private_only"] = NoSlots, ["common.error"] = NoSlots, ["common.expired_then_next"] = ["days"],
        ["complaint.submitted"] = CaseSlots, ["complaint.submitted_named"] = CaseSlots,
        ["feedback.submitted"] = ["ref_no"],
        ["track.found"] = ["case_no", "progress"],
        ["track.not_found"] = NoSlots, ["track.too_many"] = NoSlots, ["track.mine_empty"] = NoSlots,
        ["track.mine_header"] = ["count"], ["track.mine_list"] = ["lines"],
        ["satisfaction.thanks"] = NoSlots,
        ["staff.enrolled"] = ["role", "unit"], ["staff.enroll_refused"] = NoSlots, ["staff.enroll_in_group"] = NoSlots,
        ["staff.menu"] = NoSlots, ["staff.denied"] = ["who"],
        ["staff.denied.who.registered"] = NoSlots, ["staff.denied.who.private"] = NoSlots,
        ["staff.denied.who.handlers"] = NoSlots, ["staff.denied.who.admin"] = NoSlots, ["staff.denied.who.unit"] = NoSlots,
        ["complaint.status_push"] = ["case_no", "progress"],
        ["progress.status"] = ["status"], ["progress.decision"] = ["decision"], ["progress.result"] = ["result"],
        ["progress.note"] = ["note"],
        ["progress.expected"] = ["review_due", "result_due"], ["progress.expected_result"] = ["result_due"],
        ["progress.review_overdue"] = ["review_due"], ["progress.result_overdue"] = ["result_due"],
        ["progress.result_given"] = ["result_at"], ["progress.closed"] = ["closed_at"],
        ["progress.evidence_too_large"] = ["count"],
        ["complaint.decision.dismissed"] = NoSlots, ["complaint.decision.investigating"] = NoSlots,
        ["complaint.decision.forwarded"] = NoSlots, ["complaint.forwarded_to"] = ["agency"],
        ["complaint.evidence_too_large"] = ["case_no", "max_mb"],
        // Looked up as "staffadmin.status." + the shown status, so a missing one would fail only in an admin's chat.
        ["staffadmin.status.active"] = NoSlots, ["staffadmin.status.invited"] = NoSlots, ["staffadmin.status.expired"] = NoSlots,
        ["stats.data_until"] = ["date"], ["stats.year_just_started"] = NoSlots, ["stats.mean_needs"] = ["count"],
        ["report.title.complaints"] = ["year", "period", "until"],
        // Case deadline alerts in a burst: looked up only when a round finds many cases, so check them at start.
        ["alert.case_overdue_list"] = ["count", "lines"], ["alert.case_due_list"] = ["count", "lines"],
        ["alert.case_line"] = ["case_no", "stage", "due"], ["alert.case_more"] = ["count"],
        ["staff.case.btn.list"] = NoSlots,
    };

    /// <summary>
    /// Slots the host also fills for a key, which its text may use or leave out: the office phone line is empty
    /// when no phone is configured, and a clerk may keep it out of a text altogether. A registered text declaring
    /// a slot in neither list is refused, as the host would have no value for it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Optional = new Dictionary<string, string[]>
    {
        ["menu.greeting"] = ["phone_line"],
        ["menu.help"] = ["organisation", "phone_line"],
        ["complaint.submitted"] = ["organisation", "phone_line"],
        ["complaint.submitted_named"] = ["organisation", "phone_line"],
        ["progress.evidence_too_large"] = ["organisation", "phone_line"],
    };

    /// <summary>Labels that become buttons, so they are held to LINE's 20-character label limit.</summary>
    public static readonly string[] Labels =
    [
        LabelCancel, LabelBack, LabelSkip, LabelDone, LabelUnsure, LabelCamera, LabelCameraRoll,
        LabelLocation, LabelPickDate, LabelSubmit, LabelEdit, LabelResume, LabelRestart, LabelRestartConfirm, LabelBackToDraft,
        // The button of a burst's case list: an overlong label would have every list push refused when sent.
        "staff.case.btn.list",
    ];
}
