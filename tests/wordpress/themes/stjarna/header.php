<?php
/**
 * Sidhuvud.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<?php wp_head(); ?>
</head>

<body <?php stjarna_schema_body(); ?> <?php body_class(); ?>>
<?php wp_body_open(); ?>

<a
	class="skip-link screen-reader-text"
	href="#content"
	role="link"
	title="<?php echo esc_attr( stjarna_default_strings( 'string-header-skip-link', false ) ); ?>">
		<?php echo esc_html( stjarna_default_strings( 'string-header-skip-link', false ) ); ?>
</a>

<div
class="hfeed site" id="page">
	<header
		class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"
	>
		<div id="ast-desktop-header" data-toggle-type="dropdown">
			<div class="ast-main-header-wrap main-header-bar-wrap ">
				<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
					<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
						<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
							<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
								<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
									<div
										class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"
									>
										<?php the_custom_logo(); ?>
										<div class="ast-site-title-wrap">
											<?php if ( is_front_page() && is_home() ) : ?>
												<h1 class="site-title" itemprop="name">
													<a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home" itemprop="url" >
														<?php bloginfo( 'name' ); ?>
													</a>
												</h1>
											<?php else : ?>
												<span class="site-title" itemprop="name">
													<a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home" itemprop="url" >
														<?php bloginfo( 'name' ); ?>
													</a>
												</span>
											<?php endif; ?>
											<?php
											$stjarna_description = get_bloginfo( 'description', 'display' );
											if ( $stjarna_description ) :
												?>
												<p class="site-description" itemprop="description">
													<?php echo $stjarna_description; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>
												</p>
											<?php endif; ?>
										</div>
									</div>
									<!-- .site-branding -->
								</div>
							</div>
							<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
								<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
									<div class="ast-main-header-bar-alignment">
										<div class="main-header-bar-navigation">
											<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="<?php esc_attr_e( 'Webbplatsnavigering', 'stjarna' ); ?>" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
												<div class="main-navigation ast-inline-flex">
													<?php
													if ( has_nav_menu( 'primary' ) ) {
														wp_nav_menu(
															array(
																'theme_location' => 'primary',
																'menu_id'        => 'ast-hf-menu-1',
																'menu_class'     => 'main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile',
																'container'      => false,
																'depth'          => 3,
															)
														);
													} else {
														wp_page_menu(
															array(
																'menu_id'    => 'primary-menu',
																'menu_class' => 'main-header-menu-fallback',
																'container'  => 'div',
																'before'     => '<ul id="ast-hf-menu-1" class="main-header-menu ast-nav-menu ast-flex submenu-with-border stack-on-mobile">',
																'after'      => '</ul>',
																'depth'      => 2,
															)
														);
													}
													?>
												</div>
											</nav>
										</div>
									</div>
								</div>
								<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="section-header-mobile-trigger">
									<div class="ast-button-wrap">
										<button type="button" class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false">
											<span class="screen-reader-text"><?php esc_html_e( 'Huvudmeny', 'stjarna' ); ?></span>
											<span class="mobile-menu-toggle-icon">&#9776;</span>
										</button>
									</div>
								</div>
							</div>
						</div>
					</div>
				</div>
			</div>
		</div>
	</header><!-- #masthead -->

	<div id="content" class="site-content">
		<div class="ast-container">
