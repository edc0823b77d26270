package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.web.FormErrors;

/**
 * The service lead's page for questionnaire values the national reference leaves unverified, and for item
 * wording from the service's licensed copies.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class MeasureSettingsController {

    private final MeasureSettings settings;

    MeasureSettingsController(MeasureSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/service/measures")
    String list(@AuthenticationPrincipal SignedInStaff me, Model model) {
        model.addAttribute("catalogue", settings.catalogue(me.serviceId()));
        model.addAttribute("standard", InstrumentCatalogue.standard());
        return "measures/settings";
    }

    @GetMapping("/service/measures/{code}")
    String edit(@AuthenticationPrincipal SignedInStaff me, @PathVariable String code, Model model) {
        InstrumentCode instrument = code(code);
        MeasureSettings.Setting s = settings.setting(me.serviceId(), instrument);
        Map<String, String> values = new HashMap<>();
        values.put("cutOff", s.cutOff() == null ? "" : s.cutOff().toPlainString());
        values.put("reliableChange", s.reliableChange() == null ? "" : s.reliableChange().toPlainString());
        s.wording().forEach((n, w) -> values.put("wording" + n, w));
        return form(me, model, instrument, values, s.version(), FormErrors.none());
    }

    @PostMapping("/service/measures/{code}")
    String save(@AuthenticationPrincipal SignedInStaff me, @PathVariable String code,
                @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        InstrumentCode instrument = code(code);
        FormErrors errors = new FormErrors();
        BigDecimal cutOff = number(values.get("cutOff"), "cutOff", "Cut-off", errors);
        BigDecimal change = number(values.get("reliableChange"), "reliableChange", "Reliable change", errors);
        int version;
        try {
            version = Integer.parseInt(values.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new DomainException("The form was incomplete: open the questionnaire's settings again");
        }
        Map<Integer, String> wording = new HashMap<>();
        InstrumentDefinition definition = InstrumentCatalogue.standard().get(instrument);
        for (Item item : definition.items()) {
            String text = values.getOrDefault("wording" + item.number(), "").strip();
            if (text.length() > 500) {
                errors.add("wording" + item.number(), "Wording for item " + item.number() + " must be 500 characters or fewer");
            } else if (!text.isEmpty()) {
                wording.put(item.number(), text);
            }
        }
        if (errors.isEmpty()) {
            try {
                settings.change(me.serviceId(), instrument, cutOff, change, wording, version, me.staffId());
                redirect.addFlashAttribute("notice", instrument.label() + " settings saved");
                return "redirect:/service/measures";
            } catch (DomainException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return form(me, model, instrument, values, version, errors);
    }

    private String form(SignedInStaff me, Model model, InstrumentCode instrument, Map<String, String> values,
                        int version, FormErrors errors) {
        model.addAttribute("definition", InstrumentCatalogue.standard().get(instrument));
        model.addAttribute("values", values);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "measures/settingsForm";
    }

    private static BigDecimal number(String text, String field, String what, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, what + " must be a number, like 19 or 2.3, or left blank to use the default");
            return null;
        }
    }

    private static InstrumentCode code(String text) {
        return InstrumentCode.ofName(text).orElseThrow(() -> new NotFoundException("No such questionnaire"));
    }
}
