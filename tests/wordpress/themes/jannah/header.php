<?php
/**
 * The template for displaying the header
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

?><!DOCTYPE html>
<html <?php language_attributes(); ?> class="" data-skin="light">
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<meta http-equiv='x-dns-prefetch-control' content='on'>
	<link rel='dns-prefetch' href='//cdnjs.cloudflare.com' />
	<link rel='dns-prefetch' href='//ajax.googleapis.com' />
	<link rel='dns-prefetch' href='//fonts.googleapis.com' />
	<link rel='dns-prefetch' href='//fonts.gstatic.com' />
	<link rel='dns-prefetch' href='//s.gravatar.com' />
	<link rel='dns-prefetch' href='//www.google-analytics.com' />
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<?php wp_head(); ?>
</head>

<body id="tie-body" <?php body_class(); ?>>

<?php if ( function_exists( 'wp_body_open' ) ) { wp_body_open(); } ?>

<div class="background-overlay">

<div id="tie-container" class="site tie-container">

	<?php do_action( 'TieLabs/before_wrapper' ); ?>

	<div id="tie-wrapper">

		<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">

			<?php get_template_part( 'templates/header/nav-top' ); ?>

			<div class="container header-container">
				<div class="tie-row logo-row">

					<div class="logo-wrapper">
						<div class="tie-col-md-4 logo-container clearfix">
							<div id="mobile-header-components-area_1" class="mobile-header-components"><ul class="components"><li class="mobile-component_menu custom-menu-link"><a href="#" id="mobile-menu-icon" class=""><span class="tie-mobile-menu-icon nav-icon is-layout-1"></span><span class="screen-reader-text">Meny</span></a></li></ul></div>

							<div id="logo" class="image-logo" style="margin-top: 20px; margin-bottom: 20px;">

								<a title="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>" href="<?php echo esc_url( home_url( '/' ) ); ?>">
									<picture class="tie-logo-default tie-logo-picture">
										<source class="tie-logo-source-default tie-logo-source" srcset="<?php echo esc_url( get_template_directory_uri() . '/assets/images/logo@2x.png' ); ?> 2x, <?php echo esc_url( get_template_directory_uri() . '/assets/images/logo.png' ); ?> 1x">
										<img class="tie-logo-img-default tie-logo-img" src="<?php echo esc_url( get_template_directory_uri() . '/assets/images/logo.png' ); ?>" alt="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>" width="300" height="49" style="max-height:49px; width: auto;" />
									</picture>
								</a>

								<?php if ( is_home() || is_front_page() ) { ?>
									<h1 class="h1-off"><?php bloginfo( 'name' ); ?></h1>
								<?php } ?>

							</div><!-- #logo /-->

							<div id="mobile-header-components-area_2" class="mobile-header-components"><ul class="components"><li class="mobile-component_search custom-menu-link">
				<a href="#" class="tie-search-trigger-mobile">
					<span class="tie-icon-search tie-search-icon" aria-hidden="true"></span>
					<span class="screen-reader-text">Sök efter</span>
				</a>
			</li></ul></div>

						</div><!-- .tie-col /-->
					</div><!-- .logo-wrapper /-->

				</div><!-- .tie-row /-->
			</div><!-- .container /-->

			<?php get_template_part( 'templates/header/nav-main' ); ?>

		</header>

		<?php do_action( 'TieLabs/before_main_content' ); ?>

		<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
