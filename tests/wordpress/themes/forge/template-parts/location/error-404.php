<?php
/**
 * 404 – exporterad Theme Builder-mall "Fel 404" (#402).
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
		<div data-elementor-type="error-404" data-elementor-id="<?php echo (int) FORGE_TPL_404; ?>" class="elementor elementor-<?php echo (int) FORGE_TPL_404; ?> elementor-location-single" data-elementor-post-type="elementor_library">
					<section class="elementor-section elementor-top-section elementor-element elementor-element-1d5c8a3 elementor-section-height-min-height elementor-section-boxed elementor-section-height-default elementor-section-items-middle" data-id="1d5c8a3" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-7e9b2f4" data-id="7e9b2f4" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-a4f6c01 elementor-widget elementor-widget-heading" data-id="a4f6c01" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<span class="elementor-heading-title elementor-size-xxl">404</span>		</div>
				</div>
				<div class="elementor-element elementor-element-3c8d7e2 elementor-widget elementor-widget-heading" data-id="3c8d7e2" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h1 class="elementor-heading-title elementor-size-default"><?php esc_html_e( 'Hoppsan! Sidan kunde inte hittas.', 'forge' ); ?></h1>		</div>
				</div>
				<div class="elementor-element elementor-element-9b0a5d6 elementor-widget elementor-widget-text-editor" data-id="9b0a5d6" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p><?php esc_html_e( 'Sidan du letar efter kan ha flyttats eller tagits bort. Prova att söka, eller gå tillbaka till startsidan.', 'forge' ); ?></p>						</div>
				</div>
				<div class="elementor-element elementor-element-e6f1b39 elementor-search-form--skin-classic elementor-search-form--button-type-icon elementor-search-form--icon-search elementor-widget elementor-widget-search-form" data-id="e6f1b39" data-element_type="widget" data-settings="{&quot;skin&quot;:&quot;classic&quot;}" data-widget_type="search-form.default">
				<div class="elementor-widget-container">
			<?php get_search_form( array( 'forge_widget_id' => 'e6f1b39' ) ); ?>
				</div>
				</div>
				<div class="elementor-element elementor-element-f2a7c48 elementor-align-center elementor-widget elementor-widget-button" data-id="f2a7c48" data-element_type="widget" data-widget_type="button.default">
				<div class="elementor-widget-container">
					<div class="elementor-button-wrapper">
			<a class="elementor-button elementor-button-link elementor-size-sm" href="<?php echo esc_url( home_url( '/' ) ); ?>">
						<span class="elementor-button-content-wrapper">
									<span class="elementor-button-text"><?php esc_html_e( 'Till startsidan', 'forge' ); ?></span>
					</span>
					</a>
		</div>
				</div>
				</div>
					</div>
		</div>
					</div>
		</section>
				</div>
