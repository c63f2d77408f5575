package org.socialprotection.map.indicator;

import java.util.Comparator;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.workspace.Choice;
import org.socialprotection.map.workspace.FormFlow;
import org.socialprotection.map.workspace.RecordFormController;
import org.socialprotection.map.workspace.RecordState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Creating and editing the value of an indicator for a country and a year. */
@Controller
@RequestMapping("/workspace/indicators")
class IndicatorValueFormController extends RecordFormController<IndicatorValueForm> {

    private final Countries countries;
    private final Indicators indicators;

    IndicatorValueFormController(IndicatorValueEditor editor, FormFlow flow, Countries countries, Indicators indicators) {
        super(editor, flow);
        this.countries = countries;
        this.indicators = indicators;
    }

    @Override
    protected IndicatorValueForm newForm(Map<String, String> params) {
        return new IndicatorValueForm();
    }

    @Override
    protected String render(IndicatorValueForm form, RecordState record, Actor actor, Language language, Model model) {
        var choices = countries.choices(language);
        model.addAttribute("countries", choices.list());
        model.addAttribute("countryNames", choices.names());
        model.addAttribute("indicators", indicators.findAll().stream()
                .map(i -> new Choice.Coded(i.getCode(), i.name(language), i.getUnit()))
                .sorted(Comparator.comparing(Choice.Coded::label)).toList());
        return "workspace/indicator-form";
    }
}
