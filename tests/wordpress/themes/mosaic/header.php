<?php
/**
 * Sidhuvud.
 *
 * @package Mosaic
 */
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<a class="ms-skip" href="#ms-main"><?php esc_html_e( 'Hoppa till innehållet', 'mosaic' ); ?></a>

<header class="ms-masthead">
	<div class="ms-masthead__inner">
		<div class="ms-brand">
			<?php if ( is_front_page() && is_home() ) : ?>
				<h1 class="ms-brand__name"><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a></h1>
			<?php else : ?>
				<p class="ms-brand__name"><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a></p>
			<?php endif; ?>
			<?php
			$mosaic_tagline = get_bloginfo( 'description', 'display' );
			if ( $mosaic_tagline ) :
				?>
				<p class="ms-brand__tagline"><?php echo esc_html( $mosaic_tagline ); ?></p>
			<?php endif; ?>
		</div>

		<nav class="ms-menu" aria-label="<?php esc_attr_e( 'Huvudmeny', 'mosaic' ); ?>">
			<?php
			wp_nav_menu(
				array(
					'theme_location' => 'primary',
					'container'      => false,
					'menu_class'     => 'ms-menu__list',
					'depth'          => 1,
					'fallback_cb'    => 'wp_page_menu',
				)
			);
			?>
		</nav>
	</div>
</header>

<div class="ms-layout">
