package vn.tongket.render;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tongket.aggregate.UnitSummary;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.SetBy;

/**
 * How a unit and its committee are named in a document: "Huyện ủy" from "Huyện ủy Thường Tín", the symbol "HU" in
 * "Số …-BC/HU", "Thành phố giao" for a plan set by the city, and who signs.
 */
record UnitWording(Meeting.Unit unit, String committeeShort, String symbol, String superiorShort) {

    static UnitWording of(Meeting.Unit unit) {
        String committee = unit.committee();
        String committeeShort = committee.endsWith(" " + unit.name())
                ? committee.substring(0, committee.length() - unit.name().length() - 1)
                : committee;
        StringBuilder initials = new StringBuilder();
        for (String word : committeeShort.split("\\s+")) {
            initials.append(Character.toUpperCase(word.charAt(0)));
            if (canonical(word).equals("ủy")) {
                break;
            }
        }
        // "Huyện ủy" gives HU, "Đảng ủy phường" ĐU: initials up to "ủy", marks dropped, the letter Đ kept.
        String symbol = Normalizer.normalize(initials, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String superiorName = unit.superior().name() == null ? "" : unit.superior().name();
        String superiorShort = superiorName.startsWith("Thành phố") ? "Thành phố"
                : superiorName.startsWith("Tỉnh") ? "Tỉnh" : "cấp trên";
        return new UnitWording(unit, committeeShort, symbol, superiorShort);
    }

    /** "Đảng bộ thành phố Hà Nội" from the superior "Thành phố Hà Nội". */
    String superiorOrganisation() {
        String name = unit.superior().name();
        if (name == null) {
            return unit.superior().committee();
        }
        return "Đảng bộ " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    String organisation() {
        return unit.organisation() != null ? unit.organisation()
                : "Đảng bộ " + unit.kind().label() + " " + unit.name();
    }

    String setBy(SetBy setBy) {
        return switch (setBy) {
            case PROVINCE -> superiorShort + " giao";
            case DISTRICT -> unit.kind().label() + " giao";
            case UNIT -> "đơn vị giao";
            case CENTRAL -> "Trung ương giao";
            case RESOLUTION -> "Nghị quyết Đại hội";
            case DEPARTMENT -> "Sở, ngành giao";
        };
    }

    /**
     * Who signs for the standing committee: the one who presented the report if they hold a secretary's title of
     * this committee, else the committee's secretary, else its deputy.
     */
    Optional<UnitSummary.Person> signer(List<UnitSummary.Person> people) {
        return people.stream()
                .filter(p -> unitSecretaryTitle(p).isPresent())
                .min(Comparator.comparingInt((UnitSummary.Person p) -> p.roles().contains("presenter") ? 0 : 1)
                        .thenComparingInt(p -> unitSecretaryTitle(p).orElseThrow().startsWith("phó") ? 1 : 0));
    }

    String signerPosition(UnitSummary.Person person) {
        return unitSecretaryTitle(person).orElseThrow().startsWith("phó") ? "PHÓ BÍ THƯ" : "BÍ THƯ";
    }

    /** The person's secretary or deputy secretary title of this unit's committee, lower-cased and canonical. */
    private Optional<String> unitSecretaryTitle(UnitSummary.Person person) {
        String committeeKey = canonical(committeeShort);
        String[] superiorWords = canonical(unit.superior().committee()).split("\\s+");
        String superiorKey = superiorWords.length >= 2 ? superiorWords[0] + " " + superiorWords[1] : superiorWords[0];
        return person.titles().stream()
                .map(UnitWording::canonical)
                .filter(t -> t.startsWith("bí thư") || t.startsWith("phó bí thư"))
                .filter(t -> t.contains(committeeKey) && !t.contains(superiorKey))
                .findFirst();
    }

    /** Lower case with the older tone placement "uỷ" written "ủy", so both spellings match. */
    static String canonical(String text) {
        return text.toLowerCase(Locale.ROOT).replace("uỷ", "ủy");
    }
}
