package vn.lienket.notification.link;

import io.swagger.v3.oas.annotations.media.Schema;

/** A short code and the console path it stands for. */
@Schema(example = "{\"code\":\"oCQkaQm\",\"path\":\"/provinces/kien-giang/plans/350-kh-ubnd-2024\"}")
public record ShortLink(String code, String path) {
}
