<?php
/**
 * Sidhuvudet.
 *
 * @package ocean
 */
?>
<!DOCTYPE html>
<html class="html" <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?><?php ocean_schema_markup( 'body' ); ?>>

	<?php wp_body_open(); ?>

	<div id="outer-wrap" class="site clr">

		<a class="skip-link screen-reader-text" href="#main"><?php esc_html_e( 'Hoppa till innehållet', 'ocean' ); ?></a>

		<div id="wrap" class="clr">

			<header id="site-header" class="minimal-header clr" data-height="74"<?php ocean_schema_markup( 'header' ); ?> role="banner">

				<div id="site-header-inner" class="clr container">

					<div id="site-logo" class="clr"<?php ocean_schema_markup( 'logo' ); ?>>
						<div id="site-logo-inner" class="clr">
							<?php if ( has_custom_logo() ) : ?>
								<?php the_custom_logo(); ?>
							<?php else : ?>
								<a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home" class="site-title site-logo-text"><?php echo esc_html( get_bloginfo( 'name' ) ); ?></a>
							<?php endif; ?>
						</div><!-- #site-logo-inner -->
					</div><!-- #site-logo -->

					<div id="site-navigation-wrap" class="clr">
						<nav id="site-navigation" class="navigation main-navigation clr"<?php ocean_schema_markup( 'site_navigation' ); ?> role="navigation">
							<?php
							wp_nav_menu(
								array(
									'theme_location' => 'main_menu',
									'menu_class'     => 'main-menu dropdown-menu sf-menu',
									'container'      => false,
									'fallback_cb'    => false,
									'link_before'    => '<span class="text-wrap">',
									'link_after'     => '</span>',
								)
							);
							?>
							<div id="searchform-dropdown" class="header-searchform-wrap clr">
								<?php get_search_form(); ?>
							</div><!-- #searchform-dropdown -->
						</nav><!-- #site-navigation -->
					</div><!-- #site-navigation-wrap -->

					<div class="oceanwp-mobile-menu-icon clr mobile-right">
						<a href="#" class="mobile-menu" aria-label="<?php esc_attr_e( 'Mobilmeny', 'ocean' ); ?>">
							<?php ocean_icon( 'bars' ); ?>
							<span class="oceanwp-text"><?php esc_html_e( 'Meny', 'ocean' ); ?></span>
							<span class="oceanwp-close-text"><?php esc_html_e( 'Stäng', 'ocean' ); ?></span>
						</a>
					</div><!-- #oceanwp-mobile-menu-navbar -->

				</div><!-- #site-header-inner -->

			</header><!-- #site-header -->

			<main id="main" class="site-main clr" role="main">

				<?php get_template_part( 'partials/page-header' ); ?>
