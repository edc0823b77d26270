package org.stepwise.demo;

import org.stepwise.referral.ProblemDescriptor;

/**
 * What people and their referrers write on a referral, by the difficulty an assessment later
 * names. Common problems come up most often, as they do in services.
 */
final class PresentingProblems {

    private static final ProblemDescriptor[] DESCRIPTORS = ProblemDescriptor.values();
    /** Weights in the order of {@link ProblemDescriptor#values()}: depression, GAD and mixed lead. */
    private static final int[] WEIGHTS = {20, 8, 2, 6, 2, 6, 22, 18, 4, 5, 3, 3, 1};

    private static final String[] LOW_MOOD = {
        "Low mood for the past six months, struggling to get out of bed and has stopped seeing friends.",
        "Feeling flat and tearful most days since losing their job; sleep is poor and appetite has dropped.",
        "Describes a long run of low mood with little interest in things they used to enjoy.",
        "Has had depression before and feels it coming back: tired all the time and withdrawing from family.",
        "Finding it hard to motivate themselves at work, feels hopeless about the future but has no plans to act on it.",
    };
    private static final String[] WORRY = {
        "Constant worry about family, money and health that they cannot switch off, with tension headaches.",
        "Worrying most of the day about things going wrong at work, restless and not sleeping well.",
        "Says they have always been a worrier but it has got much worse since their father became ill.",
        "Feels on edge all the time and finds it hard to concentrate because of worrying thoughts.",
    };
    private static final String[] MIXED = {
        "Low mood and anxiety since a relationship ended, finding it hard to cope with day-to-day tasks.",
        "Stressed and low after a difficult year caring for a parent; irritable and worrying constantly.",
        "Anxious and down since returning to work after illness, feels overwhelmed by small things.",
        "A mix of worry and low mood, with poor sleep, since money problems began last year.",
    };
    private static final String[] PANIC = {
        "Sudden attacks of racing heart and breathlessness; has been to A&E twice thinking it was a heart attack.",
        "Panic attacks several times a week, now avoiding buses and busy shops in case one starts.",
        "Has stopped going into town alone because of fear of panicking and not being able to get home.",
    };
    private static final String[] SOCIAL = {
        "Very anxious in social situations, avoids meetings at work and worries for days about being judged.",
        "Finds it hard to speak up at university seminars, blushes and freezes, and has started missing them.",
    };
    private static final String[] TRAUMA = {
        "Nightmares and flashbacks since a serious road traffic collision last year; avoids driving.",
        "Intrusive memories of an assault two years ago, jumpy and on guard, sleeping badly.",
        "Struggling since a traumatic birth: reliving it, avoiding the hospital and feeling detached.",
    };
    private static final String[] OCD = {
        "Spends hours checking locks and appliances before leaving the house and is often late for work.",
        "Distressing unwanted thoughts about harm coming to others, with washing and reassurance seeking.",
    };
    private static final String[] HEALTH = {
        "Preoccupied with having a serious illness despite normal tests, checking their body many times a day.",
        "Worries about cancer after a friend's diagnosis, frequent GP visits and searching symptoms online.",
    };
    private static final String[] PHOBIA = {
        "Severe fear of needles which is stopping them having blood tests they need.",
        "Fear of flying that is now affecting their job, which needs regular travel.",
    };
    private static final String[] ADJUSTMENT = {
        "Finding it hard to adjust after a bereavement and a house move; tearful and not sleeping.",
        "Struggling to cope since a diagnosis of diabetes, feeling low and worried about the future.",
    };
    private static final String[] APPEARANCE = {
        "Very distressed about a perceived flaw in their appearance, checking mirrors and avoiding going out.",
    };
    private static final String[] CONTEXT = {
        "Would like help to get back to how they were.", "Prefers telephone appointments.",
        "Works shifts, so needs flexible appointment times.", "Has a supportive partner.",
        "Currently signed off work.", "Tried an online course last year, which helped a little.",
        "GP has started an antidepressant.", "Caring responsibilities for two young children.",
        "Would prefer a female practitioner.", "No current thoughts of harming themselves.",
    };

    static {
        if (WEIGHTS.length != DESCRIPTORS.length) {
            throw new IllegalStateException("Give every problem descriptor a weight");
        }
    }

    private PresentingProblems() {
    }

    /** What an assessment would name as the difficulty: the common problems most often. */
    static ProblemDescriptor descriptor(Dice dice) {
        return DESCRIPTORS[dice.weighted(WEIGHTS)];
    }

    /** One or two sentences a referral for this difficulty might say. */
    static String describe(Dice dice, ProblemDescriptor descriptor) {
        String first = dice.pick(sentencesFor(descriptor));
        return dice.chance(0.55) ? first + " " + dice.pick(CONTEXT) : first;
    }

    private static String[] sentencesFor(ProblemDescriptor descriptor) {
        return switch (descriptor) {
            case DEPRESSIVE_EPISODE, RECURRENT_DEPRESSION -> LOW_MOOD;
            case GENERALISED_ANXIETY -> WORRY;
            case MIXED_ANXIETY_DEPRESSION -> MIXED;
            case PANIC_DISORDER, AGORAPHOBIA -> PANIC;
            case SOCIAL_PHOBIA -> SOCIAL;
            case PTSD -> TRAUMA;
            case OCD -> OCD;
            case HEALTH_ANXIETY -> HEALTH;
            case SPECIFIC_PHOBIA -> PHOBIA;
            case ADJUSTMENT -> ADJUSTMENT;
            case BODY_DYSMORPHIC -> APPEARANCE;
        };
    }
}
