package vn.tongket.consistency;

/** Why a reported figure most likely disagrees with the one its parts give; a guess, worded for people. */
public enum LikelyCause {
    TRUNCATION("số bị cắt bớt chữ số thay vì làm tròn", "truncated instead of rounded (rounded down)"),
    ROUNDING("làm tròn sai ở chữ số cuối", "rounded wrongly in the last reported digit"),
    PARTS_DO_NOT_ADD_UP("các phần cộng lại không bằng tổng", "the parts do not add up to the whole"),
    WRONG_BASE("tính trên cơ số khác (chia nhầm số)", "computed on another base (divided by the wrong figure)"),
    COMPLEMENT("ghi tỷ lệ của phần còn lại", "the share of the rest was reported"),
    RATIO_INSTEAD_OF_CHANGE("ghi tỷ lệ so sánh thay cho mức tăng (vượt)",
            "the ratio was reported where the change (excess) was meant"),
    CHANGE_INSTEAD_OF_RATIO("ghi mức tăng (vượt) thay cho tỷ lệ đạt",
            "the change (excess) was reported where the ratio was meant"),
    WRONG_UNIT("nhầm đơn vị tính (chênh 1.000 lần)", "a unit mix-up (a factor of 1,000)"),
    DIGITS_SWAPPED("nhầm thứ tự chữ số", "two digits swapped"),
    DIFFERS_FROM_EARLIER_REPORT("khác số liệu đã báo cáo kỳ trước", "differs from the figure reported a period earlier"),
    UNEXPLAINED("chưa rõ nguyên nhân", "no evident cause");

    private final String vietnamese;
    private final String english;

    LikelyCause(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The label for drafts: "số bị cắt bớt chữ số thay vì làm tròn". */
    public String vietnamese() {
        return vietnamese;
    }

    /** The label for the run report: "truncated instead of rounded (rounded down)". */
    public String english() {
        return english;
    }
}
