<?php
/**
 * Sidhuvudet.
 *
 * @package Quill
 */
?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" <?php language_attributes(); ?>>
<head profile="http://gmpg.org/xfn/11">
<meta http-equiv="Content-Type" content="<?php bloginfo( 'html_type' ); ?>; charset=<?php bloginfo( 'charset' ); ?>" />
<link rel="stylesheet" href="<?php echo esc_url( get_stylesheet_uri() ); ?>" type="text/css" media="screen" />
<link rel="pingback" href="<?php bloginfo( 'pingback_url' ); ?>" />
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div id="page">

<div id="header">
	<div id="headerimg">
		<h1><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a></h1>
		<?php if ( get_bloginfo( 'description' ) ) : ?>
		<div class="description"><?php bloginfo( 'description' ); ?></div>
		<?php endif; ?>
	</div>
</div>

<div id="navbar">
<?php
wp_nav_menu(
	array(
		'theme_location' => 'primary',
		'container'      => '',
		'menu_class'     => 'menu',
		'depth'          => 1,
		'fallback_cb'    => 'quill_page_menu',
	)
);
?>
</div>
<hr />

<div id="wrapper">
