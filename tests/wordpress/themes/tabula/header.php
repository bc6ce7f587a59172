<?php
/**
 * Huvudet. På enskilda inlägg och sidor är brödsmulorna första raden;
 * annars webbplatsens namn, beskrivning och (om den finns) menyn.
 *
 * @package Tabula
 */

?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<a href="#innehall"><?php esc_html_e( 'Till innehållet', 'tabula' ); ?></a>
<?php
if ( is_singular() ) :
	tabula_breadcrumbs();
else :
	?>
<header>
	<?php if ( is_front_page() && is_home() && ! is_paged() ) : ?>
	<h1><?php bloginfo( 'name' ); ?></h1>
	<?php else : ?>
	<p><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></p>
	<?php endif; ?>
	<?php if ( get_bloginfo( 'description' ) ) : ?>
	<p><?php bloginfo( 'description' ); ?></p>
	<?php endif; ?>
	<?php
	wp_nav_menu(
		array(
			'theme_location' => 'huvudmeny',
			'container'      => false,
			'items_wrap'     => '<nav aria-label="' . esc_attr__( 'Meny', 'tabula' ) . '"><ul>%3$s</ul></nav>',
			'depth'          => 1,
			'fallback_cb'    => false,
		)
	);
	?>
</header>
<?php endif; ?>
