<?php
/**
 * Footer – exporterad Theme Builder-mall "Footer – Global" (#31).
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$forge_footer_links = forge_footer_links();
$forge_footer_cats  = get_categories(
	array(
		'orderby' => 'count',
		'order'   => 'DESC',
		'number'  => 6,
	)
);
$forge_privacy_url  = get_privacy_policy_url();
?>
		<div data-elementor-type="footer" data-elementor-id="<?php echo (int) FORGE_TPL_FOOTER; ?>" class="elementor elementor-<?php echo (int) FORGE_TPL_FOOTER; ?> elementor-location-footer" data-elementor-post-type="elementor_library">
					<section class="elementor-section elementor-top-section elementor-element elementor-element-740662e elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="740662e" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
						<div class="elementor-container elementor-column-gap-wider">
					<div class="elementor-column elementor-col-25 elementor-top-column elementor-element elementor-element-6c774d9" data-id="6c774d9" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-7b2e5f9 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="7b2e5f9" data-element_type="widget" data-widget_type="theme-site-logo.default">
				<div class="elementor-widget-container">
											<?php forge_site_logo(); ?>
										</div>
				</div>
				<div class="elementor-element elementor-element-59ba5f8 elementor-widget elementor-widget-text-editor" data-id="59ba5f8" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p><?php echo esc_html( get_bloginfo( 'description', 'display' ) ); ?></p>						</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-25 elementor-top-column elementor-element elementor-element-360a750" data-id="360a750" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-04f639f elementor-widget elementor-widget-heading" data-id="04f639f" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h5 class="elementor-heading-title elementor-size-default"><?php esc_html_e( 'Genvägar', 'forge' ); ?></h5>		</div>
				</div>
				<div class="elementor-element elementor-element-aa6ef12 elementor-icon-list--layout-traditional elementor-list-item-link-full_width elementor-widget elementor-widget-icon-list" data-id="aa6ef12" data-element_type="widget" data-widget_type="icon-list.default">
				<div class="elementor-widget-container">
					<ul class="elementor-icon-list-items">
					<?php foreach ( $forge_footer_links as $forge_link ) : ?>
							<li class="elementor-icon-list-item">
											<a href="<?php echo esc_url( $forge_link['url'] ); ?>">

											<span class="elementor-icon-list-text"><?php echo esc_html( $forge_link['title'] ); ?></span>
											</a>
									</li>
					<?php endforeach; ?>
						</ul>
				</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-25 elementor-top-column elementor-element elementor-element-88694c7" data-id="88694c7" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-7cf3fcf elementor-widget elementor-widget-heading" data-id="7cf3fcf" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h5 class="elementor-heading-title elementor-size-default"><?php esc_html_e( 'Ämnen', 'forge' ); ?></h5>		</div>
				</div>
				<div class="elementor-element elementor-element-2a6479b elementor-icon-list--layout-traditional elementor-list-item-link-full_width elementor-widget elementor-widget-icon-list" data-id="2a6479b" data-element_type="widget" data-widget_type="icon-list.default">
				<div class="elementor-widget-container">
					<ul class="elementor-icon-list-items">
					<?php foreach ( $forge_footer_cats as $forge_cat ) : ?>
							<li class="elementor-icon-list-item">
											<a href="<?php echo esc_url( get_category_link( $forge_cat ) ); ?>">

											<span class="elementor-icon-list-text"><?php echo esc_html( $forge_cat->name ); ?></span>
											</a>
									</li>
					<?php endforeach; ?>
						</ul>
				</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-25 elementor-top-column elementor-element elementor-element-e57b115" data-id="e57b115" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-26e185a elementor-widget elementor-widget-heading" data-id="26e185a" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h5 class="elementor-heading-title elementor-size-default"><?php esc_html_e( 'Kontakt', 'forge' ); ?></h5>		</div>
				</div>
				<div class="elementor-element elementor-element-d844447 elementor-widget elementor-widget-sidebar" data-id="d844447" data-element_type="widget" data-widget_type="sidebar.default">
				<div class="elementor-widget-container">
			<?php dynamic_sidebar( 'footer-contact' ); ?>		</div>
				</div>
				<div class="elementor-element elementor-element-22e50fc elementor-shape-square e-grid-align-left elementor-grid-0 elementor-widget elementor-widget-social-icons" data-id="22e50fc" data-element_type="widget" data-widget_type="social-icons.default">
				<div class="elementor-widget-container">
					<div class="elementor-social-icons-wrapper elementor-grid">
							<span class="elementor-grid-item">
					<a class="elementor-icon elementor-social-icon elementor-social-icon-linkedin elementor-repeater-item-5b5b7ca" href="https://www.linkedin.com/" target="_blank">
						<span class="elementor-screen-only">Linkedin</span>
						<?php forge_icon( 'fab-linkedin' ); ?>					</a>
				</span>
							<span class="elementor-grid-item">
					<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook elementor-repeater-item-d5aabe2" href="https://www.facebook.com/" target="_blank">
						<span class="elementor-screen-only">Facebook</span>
						<?php forge_icon( 'fab-facebook' ); ?>					</a>
				</span>
					</div>
				</div>
				</div>
					</div>
		</div>
					</div>
		</section>
				<section class="elementor-section elementor-top-section elementor-element elementor-element-d064ee3 elementor-section-content-middle elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="d064ee3" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-065438c" data-id="065438c" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-2a1cb45 elementor-widget elementor-widget-text-editor" data-id="2a1cb45" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p>&copy; <?php echo esc_html( wp_date( 'Y' ) ); ?> <?php echo esc_html( get_bloginfo( 'name', 'display' ) ); ?>. <?php esc_html_e( 'Alla rättigheter förbehållna.', 'forge' ); ?></p>						</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-29d303a" data-id="29d303a" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-8642f04 elementor-icon-list--layout-inline elementor-align-right elementor-mobile-align-left elementor-list-item-link-full_width elementor-widget elementor-widget-icon-list" data-id="8642f04" data-element_type="widget" data-widget_type="icon-list.default">
				<div class="elementor-widget-container">
					<ul class="elementor-icon-list-items elementor-inline-items">
						<?php if ( $forge_privacy_url ) : ?>
							<li class="elementor-icon-list-item elementor-inline-item">
											<a href="<?php echo esc_url( $forge_privacy_url ); ?>">

											<span class="elementor-icon-list-text"><?php esc_html_e( 'Integritetspolicy', 'forge' ); ?></span>
											</a>
									</li>
						<?php endif; ?>
								<li class="elementor-icon-list-item elementor-inline-item">
											<a href="#" class="cn-revoke-cookie" data-cookie-set="revoke">

											<span class="elementor-icon-list-text"><?php esc_html_e( 'Cookieinställningar', 'forge' ); ?></span>
											</a>
									</li>
								<li class="elementor-icon-list-item elementor-inline-item">
											<span class="elementor-icon-list-text"><?php esc_html_e( 'Webbplats av Forge Digitalbyrå', 'forge' ); ?></span>
									</li>
						</ul>
				</div>
				</div>
					</div>
		</div>
					</div>
		</section>
				</div>
