/**
 * Procedure catalogue ("danh mục thủ tục hành chính"): codes, names, sectors, levels, legal time limits, fees,
 * dossier components, results, channels, legal basis and dated versions; import and export as JSON.
 * API: {@link org.onedoor.catalog.ProcedureCatalog}, {@link org.onedoor.catalog.Procedure}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure catalogue")
package org.onedoor.catalog;
