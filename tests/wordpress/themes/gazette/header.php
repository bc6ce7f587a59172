<?php
/**
 * Site header: top bar with date and trending ticker, branding, main menu.
 *
 * @package Gazette
 */

?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<?php if ( is_singular() && pings_open( get_queried_object() ) ) : ?>
		<link rel="pingback" href="<?php echo esc_url( get_bloginfo( 'pingback_url' ) ); ?>">
	<?php endif; ?>
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div id="page" class="gz-site">
	<a class="skip-link screen-reader-text" href="#primary"><?php esc_html_e( 'Hoppa till innehållet', 'gazette' ); ?></a>

	<div class="gz-topbar">
		<div class="gz-container gz-topbar__inner">
			<span class="gz-topbar__date"><?php echo esc_html( date_i18n( get_option( 'date_format' ) ) ); ?></span>

			<?php
			$gazette_trending = get_posts(
				array(
					'numberposts' => 5,
					'post_type'   => 'post',
					'post_status' => 'publish',
				)
			);
			if ( $gazette_trending ) :
				?>
				<div class="gz-ticker" role="region" aria-label="<?php esc_attr_e( 'Trendar just nu', 'gazette' ); ?>">
					<span class="gz-ticker__label"><?php esc_html_e( 'Trendar', 'gazette' ); ?></span>
					<ul class="gz-ticker__list">
						<?php foreach ( $gazette_trending as $gazette_item ) : ?>
							<li class="gz-ticker__item"><a href="<?php echo esc_url( get_permalink( $gazette_item ) ); ?>"><?php echo esc_html( wp_strip_all_tags( get_the_title( $gazette_item ) ) ); ?></a></li>
						<?php endforeach; ?>
					</ul>
				</div>
			<?php endif; ?>

			<div class="gz-topbar__search">
				<?php get_search_form(); ?>
			</div>
		</div>
	</div>

	<header id="masthead" class="gz-header">
		<div class="gz-container gz-header__inner">
			<div class="gz-branding">
				<?php
				if ( has_custom_logo() ) {
					the_custom_logo();
				}

				if ( is_front_page() && is_home() ) :
					?>
					<h1 class="gz-branding__title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></h1>
				<?php else : ?>
					<p class="gz-branding__title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></p>
					<?php
				endif;

				$gazette_description = get_bloginfo( 'description', 'display' );
				if ( $gazette_description || is_customize_preview() ) :
					?>
					<p class="gz-branding__desc"><?php echo esc_html( $gazette_description ); ?></p>
				<?php endif; ?>
			</div>
		</div>

		<nav id="site-navigation" class="gz-nav" aria-label="<?php esc_attr_e( 'Huvudmeny', 'gazette' ); ?>">
			<div class="gz-container">
				<button class="gz-menu-toggle" type="button" aria-controls="gz-primary-menu" aria-expanded="false"><?php esc_html_e( 'Meny', 'gazette' ); ?></button>
				<?php
				wp_nav_menu(
					array(
						'theme_location' => 'primary',
						'menu_id'        => 'gz-primary-menu',
						'menu_class'     => 'gz-menu',
						'container'      => false,
						'depth'          => 3,
						'fallback_cb'    => 'gazette_menu_fallback',
					)
				);
				?>
			</div>
		</nav>
	</header>

	<div id="content" class="gz-site-content">
