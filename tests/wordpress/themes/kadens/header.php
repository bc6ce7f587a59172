<?php
/**
 * Sidhuvud.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;
?><!doctype html>
<html <?php language_attributes(); ?> class="no-js">
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div id="wrapper" class="site wp-site-blocks">
	<a class="skip-link screen-reader-text scroll-ignore" href="#main">Hoppa till innehåll</a>
	<header id="masthead" class="site-header" role="banner">
		<div id="main-header" class="site-header-wrap">
			<div class="site-header-inner-wrap">
				<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
					<div class="site-header-row-container-inner">
						<div class="site-container">
							<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
								<div class="site-header-main-section-left site-header-section site-header-section-left">
									<div class="site-header-item site-header-focus-item" data-section="title_tagline">
										<div class="site-branding branding-layout-standard">
											<?php
											if ( has_custom_logo() ) {
												the_custom_logo();
											}
											?>
											<a class="brand" href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home">
												<div class="site-title-wrap">
													<?php if ( is_front_page() && is_home() ) : ?>
														<p class="site-title"><?php bloginfo( 'name' ); ?></p>
													<?php else : ?>
														<p class="site-title"><?php bloginfo( 'name' ); ?></p>
													<?php endif; ?>
													<?php if ( get_bloginfo( 'description' ) ) : ?>
														<p class="site-description"><?php bloginfo( 'description' ); ?></p>
													<?php endif; ?>
												</div>
											</a>
										</div>
									</div>
								</div>
								<div class="site-header-main-section-right site-header-section site-header-section-right">
									<div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">
										<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Huvudmeny">
											<div class="primary-menu-container header-menu-container">
												<?php
												if ( has_nav_menu( 'primary' ) ) {
													wp_nav_menu(
														array(
															'theme_location' => 'primary',
															'menu_id'        => 'primary-menu',
															'container'      => false,
														)
													);
												}
												?>
											</div>
										</nav>
									</div>
								</div>
							</div>
						</div>
					</div>
				</div>
			</div>
		</div>
	</header><!-- #masthead -->

	<div id="inner-wrap" class="wrap hfeed kt-clear">
