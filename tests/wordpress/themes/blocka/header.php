<?php
/**
 * The header – like Blocksy's header.php.
 *
 * @package blocka
 */

?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo('charset'); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
	<link rel="profile" href="https://gmpg.org/xfn/11">

	<?php wp_head(); ?>
</head>

<?php
	$blocka_global_header = blocka_output_header();
?>

<body <?php body_class(); ?> <?php echo blocka_body_attr(); ?>>

<a class="skip-link show-on-focus" href="#main">
	Hoppa till innehåll</a>

<?php wp_body_open(); ?>

<div id="main-container">
	<?php
		echo $blocka_global_header;
	?>

	<main id="main" class="site-main hfeed">

