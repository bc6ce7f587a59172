<?php
/**
 * Sidhuvud: doctype, <head> och början av sidan.
 *
 * @package Fjord
 */
?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" <?php language_attributes( 'xhtml' ); ?>>
<head profile="http://gmpg.org/xfn/11">
<meta http-equiv="Content-Type" content="<?php bloginfo( 'html_type' ); ?>; charset=<?php bloginfo( 'charset' ); ?>" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<?php if ( is_singular() && pings_open( get_queried_object() ) ) : ?>
<link rel="pingback" href="<?php echo esc_url( get_bloginfo( 'pingback_url' ) ); ?>" />
<?php endif; ?>
<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php
if ( function_exists( 'wp_body_open' ) ) {
	wp_body_open();
}
?>
<div id="page">

	<div id="header">
		<h1><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a></h1>
		<?php if ( get_bloginfo( 'description' ) ) : ?>
		<div class="description"><?php bloginfo( 'description' ); ?></div>
		<?php endif; ?>
	</div><!-- #header -->

	<?php
	wp_nav_menu( array(
		'theme_location' => 'primary',
		'container'      => 'div',
		'container_id'   => 'nav',
		'menu_class'     => 'menu',
		'depth'          => 1,
		'fallback_cb'    => 'fjord_page_menu',
	) );
	?>

	<div id="wrapper">
