package org.stepwise.demo;

import java.util.Arrays;

/**
 * Names for invented people from the mix of backgrounds found in an English town today. Given
 * and family name usually come from the same background, as they do in life; no name here
 * belongs to anyone in particular.
 */
final class PeopleNames {

    /** A person's name. */
    record Name(String given, String family) {

        String full() {
            return given + " " + family;
        }
    }

    private record Background(int weight, String[] women, String[] men, String[] families) {
    }

    private static final Background[] BACKGROUNDS = {
        new Background(700, new String[] {
            "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Ella", "Lily", "Freya", "Evie", "Chloe",
            "Jessica", "Charlotte", "Hannah", "Lucy", "Megan", "Holly", "Ruby", "Poppy", "Rebecca", "Sarah", "Laura",
            "Rachel", "Emma", "Claire", "Nicola", "Joanne", "Karen", "Julie", "Susan", "Margaret", "Patricia",
            "Linda", "Jean", "Carol", "Elaine", "Gillian", "Janet", "Deborah", "Tracey", "Kelly", "Gemma", "Stacey",
            "Natalie", "Kirsty", "Leanne", "Zoe", "Bethany", "Abigail", "Niamh", "Siobhan", "Aoife", "Catriona",
            "Morag", "Eilidh", "Carys", "Ffion", "Seren", "Cerys", "Roisin", "Orla", "Bronwen", "Alys", "Jade",
        }, new String[] {
            "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "Oscar", "William", "James",
            "Joshua", "Daniel", "Samuel", "Joseph", "Benjamin", "Matthew", "Luke", "Ryan", "Liam", "Connor",
            "Callum", "Jamie", "Lewis", "Kieran", "Dean", "Craig", "Lee", "Wayne", "Darren", "Gary", "Paul", "Mark",
            "Stephen", "Andrew", "David", "Michael", "Christopher", "Richard", "Peter", "John", "Robert", "Kevin",
            "Ian", "Keith", "Brian", "Colin", "Graham", "Alan", "Trevor", "Rhys", "Gareth", "Dylan", "Owain",
            "Iwan", "Ewan", "Fraser", "Angus", "Hamish", "Ciaran", "Declan", "Padraig", "Eoin", "Aled", "Rory",
        }, new String[] {
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Watson",
            "Harrison", "Morgan", "Baker", "Young", "Allen", "Mitchell", "Anderson", "Lewis", "Bell", "Parker",
            "Bennett", "Shaw", "Cook", "Carter", "Richardson", "Cox", "Marshall", "Gray", "Chapman", "Kelly",
            "Atkinson", "Dixon", "Bailey", "Holmes", "Fletcher", "Barker", "Sutton", "Pearson", "Hardy", "Lawson",
            "Whitaker", "Booth", "Horsfall", "Ackroyd", "Sykes", "Haigh", "Brook", "Barraclough", "Hepworth",
            "Priestley", "Oldroyd", "Metcalfe", "Thwaite", "Dobson", "Lund", "Appleyard", "Wainwright", "Milner",
            "Kettlewell", "Campbell", "Stewart", "MacDonald", "Murray", "Reid", "Ross", "Fraser", "Robertson",
            "Hamilton", "McLean", "Murphy", "O'Brien", "O'Connor", "Ryan", "Byrne", "Doyle", "Gallagher", "Quinn",
            "McCarthy", "Kavanagh", "O'Neill", "Duffy", "Walsh", "Lloyd", "Price", "Powell", "Pritchard", "Rees",
            "Griffiths", "Jenkins", "Howells", "Llewellyn", "Vaughan", "Cohen", "Levy", "Goldberg",
        }),
        new Background(55, new String[] {
            "Aisha", "Fatima", "Maryam", "Zainab", "Amina", "Khadija", "Noor", "Nasreen", "Shabana", "Rukhsana",
            "Nadia", "Yasmin", "Sana", "Ayesha", "Hafsa", "Samina",
        }, new String[] {
            "Mohammed", "Ahmed", "Ali", "Omar", "Yusuf", "Ibrahim", "Hassan", "Bilal", "Imran", "Zain", "Tariq",
            "Adnan", "Usman", "Faisal",
        }, new String[] {
            "Khan", "Ahmed", "Hussain", "Ali", "Iqbal", "Akhtar", "Mahmood", "Rashid", "Malik", "Butt", "Chaudhry",
            "Begum", "Rahman", "Uddin", "Miah", "Islam", "Chowdhury", "Bibi",
        }),
        new Background(45, new String[] {
            "Priya", "Anjali", "Sunita", "Harpreet", "Simran", "Navdeep", "Kiran", "Pooja", "Meera", "Divya",
            "Jaspreet", "Rani",
        }, new String[] {
            "Arjun", "Rohan", "Vikram", "Rajesh", "Sanjay", "Gurpreet", "Harjit", "Jaswinder", "Manpreet", "Amit",
            "Deepak", "Nikhil", "Sunil",
        }, new String[] {
            "Patel", "Shah", "Mistry", "Desai", "Parmar", "Solanki", "Chauhan", "Singh", "Kaur", "Sandhu", "Gill",
            "Dhillon", "Sidhu", "Bains", "Sharma", "Gupta", "Kumar", "Joshi", "Nair", "Menon",
        }),
        new Background(30, new String[] {
            "Chiamaka", "Ngozi", "Adaeze", "Folake", "Abena", "Ama", "Efua", "Precious", "Blessing", "Funmi",
            "Hodan", "Ifrah",
        }, new String[] {
            "Chinedu", "Emeka", "Oluwaseun", "Tunde", "Kwame", "Kofi", "Yaw", "Kwabena", "Abdirahman", "Mahad",
            "Samuel", "Daniel",
        }, new String[] {
            "Okafor", "Okoro", "Adeyemi", "Adebayo", "Ogunleye", "Eze", "Nwosu", "Mensah", "Owusu", "Boateng",
            "Asante", "Appiah", "Mohamed", "Abdi", "Warsame", "Osman",
        }),
        new Background(15, new String[] {
            "Shanice", "Tanisha", "Kezia", "Marcia", "Simone", "Jasmine", "Paulette",
        }, new String[] {
            "Tyrone", "Marlon", "Delroy", "Andre", "Jermaine", "Leon", "Winston",
        }, new String[] {
            "Campbell", "Francis", "Grant", "Henry", "Williams", "Thomas", "Brown", "Clarke", "Edwards", "Bailey",
        }),
        new Background(55, new String[] {
            "Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Monika", "Ioana", "Elena", "Daria", "Alina", "Ewa",
        }, new String[] {
            "Tomasz", "Piotr", "Krzysztof", "Marcin", "Andrei", "Mihai", "Bogdan", "Pawel", "Lukasz", "Vasile",
        }, new String[] {
            "Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Popescu",
            "Ionescu", "Dumitru", "Petrov", "Ivanova", "Kazlauskas", "Ozols",
        }),
        new Background(25, new String[] {
            "Maria", "Sofia", "Ines", "Beatriz", "Giulia", "Francesca", "Eleni", "Lucia",
        }, new String[] {
            "Luca", "Marco", "Diego", "Joao", "Pedro", "Stelios", "Nikos", "Javier",
        }, new String[] {
            "Silva", "Santos", "Ferreira", "Costa", "Rossi", "Romano", "Esposito", "Garcia", "Martinez", "Lopez",
            "Papadopoulos", "Georgiou",
        }),
        new Background(25, new String[] {
            "Mei", "Xin", "Lan", "Thu", "Linh", "Hui", "Yan",
        }, new String[] {
            "Wei", "Jun", "Minh", "Duc", "Hao", "Ming", "Tuan",
        }, new String[] {
            "Wang", "Li", "Zhang", "Chen", "Liu", "Wong", "Chan", "Nguyen", "Tran", "Pham", "Le",
        }),
        new Background(25, new String[] {
            "Elif", "Zeynep", "Ayse", "Leyla", "Rana", "Dilan",
        }, new String[] {
            "Mehmet", "Emre", "Mustafa", "Kemal", "Karim", "Rami",
        }, new String[] {
            "Yilmaz", "Demir", "Kaya", "Sahin", "Haddad", "Nasser",
        }),
    };
    private static final int[] WEIGHTS = Arrays.stream(BACKGROUNDS).mapToInt(Background::weight).toArray();

    private PeopleNames() {
    }

    /**
     * A name to suit a person stated gender code (anyone's given name for 9 and X); now and then
     * the family name comes from another background, as in any mixed family.
     */
    static Name person(Dice dice, String genderCode) {
        Background b = BACKGROUNDS[dice.weighted(WEIGHTS)];
        boolean woman = switch (genderCode) {
            case "1" -> false;
            case "2" -> true;
            default -> dice.chance(0.5);
        };
        String given = dice.pick(woman ? b.women() : b.men());
        Background family = dice.chance(0.08) ? BACKGROUNDS[dice.weighted(WEIGHTS)] : b;
        return new Name(given, dice.pick(family.families()));
    }
}
