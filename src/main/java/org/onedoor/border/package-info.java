/**
 * The smart border gate (issue 5, first slice; DOMAIN.md §10–11): persons' online pre-declarations with a reference
 * and QR code, watch-list screening with fuzzy names (diacritics, romanisations, word order, typos) narrowed by date
 * of birth and nationality, reading the document at the gate (MRZ typed by the passport reader or photographed and
 * read by OCR), the visa rule by nationality, and clearance by the border guard into the crossing register, every
 * read audited.
 * API: {@link org.onedoor.border.Declarations}, {@link org.onedoor.border.WatchList},
 * {@link org.onedoor.border.Clearance}, {@link org.onedoor.border.CrossingRegister},
 * {@link org.onedoor.border.MrzCamera}; event {@link org.onedoor.border.PersonCrossed}.
 * Goods and vehicles: {@link org.onedoor.border.GoodsDeclarations}, {@link org.onedoor.border.WorkerLists},
 * {@link org.onedoor.border.GoodsClearance}, {@link org.onedoor.border.GoodsRegister} (also the whole register of a
 * gate), {@link org.onedoor.border.GoodsStatistics}, hooks {@link org.onedoor.border.PlateRecognizer} and
 * {@link org.onedoor.border.WeighScale}; event {@link org.onedoor.border.GoodsCrossed}. URLs: {@code
 * /border/declare/consignment} (public page), {@code POST /api/v1/public/border/vehicles}, {@code …/consignments},
 * {@code …/worker-lists}, {@code GET …/commodities}, {@code …/trips/{reference}/qr.png};
 * {@code /api/v1/border/{gate}/goods-clearances} ({@code …/plate-photo}),
 * {@code /api/v1/border/goods-clearances/{id}/weigh-in} and {@code …/decision},
 * {@code /api/v1/border/{gate}/goods-crossings}, {@code /api/v1/border/goods-crossings/{id}},
 * {@code /api/v1/border/{gate}/register/day} (persons, vehicles and goods of a day), {@code /api/v1/border/{gate}/statistics/goods-tonnage} and
 * {@code …/vehicles} (border roles).
 * URLs: {@code /border/declare} (public page), {@code POST /api/v1/public/border/declarations},
 * {@code /api/v1/border/{gate}/clearances} (MRZ text or QR reference; {@code …/clearances/photo} for a camera
 * photo), {@code /api/v1/border/clearances/{id}/decision}, {@code /api/v1/border/{gate}/crossings},
 * {@code /api/v1/border/crossings/{id}}, {@code /api/v1/border/screenings}, {@code /api/v1/border/watch-list}
 * (border roles).
 * Guard's screen, devices, statistics, exchange (decisions 0520–0526): {@code /border/{gate}/clearance} (htmx, wedge
 * reader, F2/F3/F4), {@code /border/{gate}/statistics} (+ {@code .csv}), {@code /api/v1/border/{gate}/register}
 * (paged search), {@code /api/v1/border/crossings/{id}/images}, {@code /api/v1/border/images/{id}},
 * {@code POST /api/v1/public/border/exchange/watch-list} (shared secret); API {@link org.onedoor.border.FingerprintReader},
 * {@link org.onedoor.border.FaceCamera}, {@link org.onedoor.border.CrossingImages},
 * {@link org.onedoor.border.BorderStatistics}, {@link org.onedoor.border.ExchangeChannel},
 * {@link org.onedoor.border.BorderExchange}; event {@link org.onedoor.border.WatchListChanged}.
 * Goods figures, photos, settings and exchange hardening (decisions 0540–0546): the statistics page's vehicles and
 * goods section with {@code /border/{gate}/statistics.xlsx} and {@code …/statistics-goods.csv},
 * {@link org.onedoor.border.GoodsStatistics#processing}; the guard's photo {@code POST /border/{gate}/clearance/{id}/photo}
 * and {@code GET /border/{gate}/clearance/images/{id}}; {@link org.onedoor.border.TonnageTolerances} with
 * {@code /api/v1/border/{gate}/tonnage-tolerances} and the form {@code /border/{gate}/tonnage-tolerance}; the
 * file-drop inbox {@code <data-dir>/border-exchange/inbox}; a demo month of goods at Lệ Thanh.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Border gate")
package org.onedoor.border;
