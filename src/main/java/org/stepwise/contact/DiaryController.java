package org.stepwise.contact;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.security.SignedInStaff;

/** A practitioner's own diary, a day or a week (Monday to Sunday) at a time. */
@Controller
class DiaryController {

    private final Diary diary;
    private final Clock clock;

    DiaryController(Diary diary, Clock clock) {
        this.diary = diary;
        this.clock = clock;
    }

    @GetMapping("/diary")
    String diary(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String date,
                 @RequestParam(defaultValue = "week") String view, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = parse(date, today);
        boolean week = !"day".equals(view);
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate to = week ? from.plusDays(6) : day;
        Map<LocalDate, List<DiaryEntry>> byDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new java.util.ArrayList<>());
        }
        for (DiaryEntry entry : diary.between(me.serviceId(), me.staffId(), from, to)) {
            byDay.get(entry.date()).add(entry);
        }
        model.addAttribute("week", week);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("today", today);
        model.addAttribute("days", byDay);
        model.addAttribute("previous", week ? from.minusWeeks(1) : day.minusDays(1));
        model.addAttribute("next", week ? from.plusWeeks(1) : day.plusDays(1));
        return "contact/diary";
    }

    private static LocalDate parse(String date, LocalDate today) {
        try {
            return date == null || date.isBlank() ? today : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
