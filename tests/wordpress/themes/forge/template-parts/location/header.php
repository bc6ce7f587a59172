<?php
/**
 * Header – exporterad Theme Builder-mall "Header – Global" (#27).
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
		<div data-elementor-type="header" data-elementor-id="<?php echo (int) FORGE_TPL_HEADER; ?>" class="elementor elementor-<?php echo (int) FORGE_TPL_HEADER; ?> elementor-location-header" data-elementor-post-type="elementor_library">
					<section class="elementor-section elementor-top-section elementor-element elementor-element-02e8d9b elementor-section-content-middle elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="02e8d9b" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;,&quot;sticky&quot;:&quot;top&quot;,&quot;sticky_on&quot;:[&quot;desktop&quot;,&quot;tablet&quot;,&quot;mobile&quot;],&quot;sticky_offset&quot;:0,&quot;sticky_effects_offset&quot;:0}">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-e7fc4a7" data-id="e7fc4a7" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-6c32c14 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="6c32c14" data-element_type="widget" data-widget_type="theme-site-logo.default">
				<div class="elementor-widget-container">
											<?php forge_site_logo(); ?>
										</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-d853411" data-id="d853411" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-9b13781 elementor-nav-menu__align-end elementor-nav-menu--stretch elementor-nav-menu--dropdown-tablet elementor-nav-menu__text-align-aside elementor-nav-menu--toggle elementor-nav-menu--burger elementor-widget elementor-widget-nav-menu" data-id="9b13781" data-element_type="widget" data-settings="{&quot;full_width&quot;:&quot;stretch&quot;,&quot;layout&quot;:&quot;horizontal&quot;,&quot;submenu_icon&quot;:{&quot;value&quot;:&quot;fas fa-caret-down&quot;,&quot;library&quot;:&quot;fa-solid&quot;},&quot;toggle&quot;:&quot;burger&quot;}" data-widget_type="nav-menu.default">
				<div class="elementor-widget-container">
						<nav aria-label="<?php esc_attr_e( 'Meny', 'forge' ); ?>" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
				<?php forge_nav_menu( '9b13781' ); ?>
			</nav>
					<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="<?php esc_attr_e( 'Slå på/av meny', 'forge' ); ?>" aria-expanded="false">
			<?php forge_icon( 'eicon-menu-bar', 'elementor-menu-toggle__icon--open' ); ?><?php forge_icon( 'eicon-close', 'elementor-menu-toggle__icon--close' ); ?>			<span class="elementor-screen-only"><?php esc_html_e( 'Meny', 'forge' ); ?></span>
		</div>
					<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
				<?php forge_nav_menu( '9b13781', true ); ?>
			</nav>
				</div>
				</div>
					</div>
		</div>
					</div>
		</section>
				</div>
