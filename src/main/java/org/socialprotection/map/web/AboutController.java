package org.socialprotection.map.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The about page: what the atlas shows, its words, where its data comes from and how to cite it. */
@Controller
class AboutController {

    @GetMapping("/about")
    String about() {
        return "about";
    }
}
