<?php
/**
 * The header for our theme
 *
 * Displays all of the <head> section and everything up till <div id="content">
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;
?>
<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
	<link rel="profile" href="http://gmpg.org/xfn/11">
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div class="site" id="page">

	<!-- ******************* The Navbar Area ******************* -->
	<header id="wrapper-navbar">

		<a class="skip-link screen-reader-text" href="#content"><?php esc_html_e( 'Hoppa till innehåll', 'strapline' ); ?></a>

		<nav id="main-nav" class="navbar navbar-expand-md navbar-dark bg-primary" aria-labelledby="main-nav-label">

			<h2 id="main-nav-label" class="screen-reader-text">
				<?php esc_html_e( 'Huvudnavigering', 'strapline' ); ?>
			</h2>

			<div class="container">

				<!-- Your site title as branding in the menu -->
				<?php if ( ! has_custom_logo() ) { ?>

					<?php if ( is_front_page() && is_home() ) : ?>

						<h1 class="navbar-brand mb-0"><a rel="home" href="<?php echo esc_url( home_url( '/' ) ); ?>" itemprop="url"><?php bloginfo( 'name' ); ?></a></h1>

					<?php else : ?>

						<a class="navbar-brand" rel="home" href="<?php echo esc_url( home_url( '/' ) ); ?>" itemprop="url"><?php bloginfo( 'name' ); ?></a>

					<?php endif; ?>

					<?php
				} else {
					the_custom_logo();
				}
				?>
				<!-- end custom logo -->

				<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarNavDropdown" aria-controls="navbarNavDropdown" aria-expanded="false" aria-label="<?php esc_attr_e( 'Växla navigering', 'strapline' ); ?>">
					<span class="navbar-toggler-icon"></span>
				</button>

				<div id="navbarNavDropdown" class="collapse navbar-collapse">
					<?php
					wp_nav_menu(
						array(
							'theme_location'  => 'primary',
							'container'       => false,
							'menu_class'      => 'navbar-nav me-auto mb-2 mb-md-0',
							'fallback_cb'     => array( 'Strapline_Navwalker', 'fallback' ),
							'menu_id'         => 'main-menu',
							'depth'           => 2,
							'walker'          => new Strapline_Navwalker(),
						)
					);
					?>

					<form method="get" id="navbar-searchform" class="d-flex ms-md-3" action="<?php echo esc_url( home_url( '/' ) ); ?>" role="search">
						<label class="screen-reader-text" for="navbar-s"><?php esc_html_e( 'Sök', 'strapline' ); ?></label>
						<input class="form-control form-control-sm me-2" type="search" id="navbar-s" name="s" value="<?php the_search_query(); ?>" placeholder="<?php esc_attr_e( 'Sök &hellip;', 'strapline' ); ?>">
						<button class="btn btn-sm btn-outline-light" type="submit"><?php esc_html_e( 'Sök', 'strapline' ); ?></button>
					</form>
				</div>

			</div><!-- .container -->

		</nav><!-- .site-navigation -->

	</header><!-- #wrapper-navbar end -->
