package org.stepwise.demo;

/**
 * Invented addresses in real postcode format around a town on the Ouse, and telephone numbers
 * from the ranges Ofcom keeps for drama, which never ring anyone.
 */
final class Addresses {

    /** Localities with the postcode district each lies in. */
    private static final String[][] LOCALITIES = {
        {"York", "YO1"}, {"York", "YO10"}, {"York", "YO24"}, {"York", "YO26"}, {"York", "YO30"}, {"York", "YO31"},
        {"Acomb", "YO24"}, {"Heslington", "YO10"}, {"Haxby", "YO32"}, {"Huntington", "YO32"}, {"Strensall", "YO32"},
        {"Dunnington", "YO19"}, {"Copmanthorpe", "YO23"}, {"Bishopthorpe", "YO23"}, {"Poppleton", "YO26"},
        {"Easingwold", "YO61"}, {"Pocklington", "YO42"}, {"Stamford Bridge", "YO41"}, {"Selby", "YO8"},
        {"Tadcaster", "LS24"}, {"Riccall", "YO19"}, {"Wetherby", "LS22"},
    };

    private static final String[] STREETS = {
        "Station Road", "Church Street", "High Street", "Mill Lane", "Victoria Avenue", "Park Crescent",
        "Orchard Close", "The Paddock", "Westfield Road", "Manor Drive", "Beech Grove", "Elm Tree Avenue",
        "Moor Lane", "Main Street", "Queen Street", "Albert Terrace", "Ouse Bank", "Riverside Walk", "Ferry Lane",
        "Low Green", "Back Lane", "Willow Court", "Hawthorn Way", "Sycamore Place", "Chapel Row", "School Lane",
        "Meadow View", "Larch Close", "Kingfisher Drive", "Heron Way", "Millfield Road", "North Street",
        "South Parade", "Linden Grove", "Foxglove Close", "Primrose Hill", "Copper Beech Drive", "Orchard Way",
        "Greenway", "Ash Grove", "Rowan Avenue", "York Road", "Garth Road", "Ings Lane", "Cherry Tree Walk",
    };

    private static final String[] HOUSE_NAMES = {
        "Minster Court", "Ouse View", "St Peter's House", "Abbey Mews", "Foss Court", "Walmgate Lodge",
    };

    /** Inward-code letters: C, I, K, M, O and V never appear there. */
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Addresses() {
    }

    /** A locality with its postcode district, as a pair. */
    static String[] locality(Dice dice) {
        return dice.pick(LOCALITIES);
    }

    static String street(Dice dice) {
        return dice.pick(STREETS);
    }

    /** A street address in a locality, now and then a flat in a named block. */
    static String address(Dice dice, String[] locality) {
        if (dice.chance(0.12)) {
            return "Flat " + dice.between(1, 24) + ", " + dice.pick(HOUSE_NAMES) + ", " + street(dice) + ", "
                    + locality[0];
        }
        return dice.between(1, 180) + " " + street(dice) + ", " + locality[0];
    }

    static String postcode(Dice dice, String[] locality) {
        return locality[1] + " " + dice.between(1, 9) + UNIT_LETTERS.charAt(dice.between(0, UNIT_LETTERS.length() - 1))
                + UNIT_LETTERS.charAt(dice.between(0, UNIT_LETTERS.length() - 1));
    }

    static String landline(Dice dice) {
        return "01632 960" + threeDigits(dice);
    }

    static String mobile(Dice dice) {
        return "07700 900" + threeDigits(dice);
    }

    private static String threeDigits(Dice dice) {
        int n = dice.between(0, 999);
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
