<?php
/**
 * The header: <head>, site header and the opening of the content containers.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<?php do_action( 'atlas_head_top' ); ?>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<?php wp_head(); ?>
<?php do_action( 'atlas_head_bottom' ); ?>
</head>

<body <?php body_class(); ?> itemtype="https://schema.org/WebPage" itemscope>
<?php wp_body_open(); ?>
<?php do_action( 'atlas_before_page' ); ?>
<div id="page" class="site atlas-site">
	<?php do_action( 'atlas_header_before' ); ?>
	<?php do_action( 'atlas_header' ); ?>
	<?php do_action( 'atlas_header_after' ); ?>

	<?php do_action( 'atlas_content_before' ); ?>
	<div id="content" class="site-content atlas-site-content">
		<div class="atlas-container">
			<div class="atlas-row atlas-content-row">
				<?php do_action( 'atlas_content_top' ); ?>
