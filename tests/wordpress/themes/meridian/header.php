<?php
/**
 * Site header.
 *
 * @package Meridian
 */

?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<?php wp_head(); ?>
</head>
<body itemscope itemtype="https://schema.org/WebPage" <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div class="mrd-site-container">
	<a class="mrd-skip-link screen-reader-text" href="#mrd-content"><?php esc_html_e( 'Hoppa till innehållet', 'meridian' ); ?></a>

	<header class="mrd-site-header" itemscope itemtype="https://schema.org/WPHeader">
		<div class="mrd-wrap">
			<div class="mrd-title-area">
				<p class="mrd-site-title" itemprop="headline"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></p>
				<?php
				$meridian_description = get_bloginfo( 'description', 'display' );
				if ( $meridian_description ) :
					?>
					<p class="mrd-site-description" itemprop="description"><?php echo esc_html( $meridian_description ); ?></p>
				<?php endif; ?>
			</div>

			<?php if ( has_nav_menu( 'primary' ) ) : ?>
				<nav class="mrd-nav-primary" aria-label="<?php esc_attr_e( 'Huvudmeny', 'meridian' ); ?>" itemscope itemtype="https://schema.org/SiteNavigationElement">
					<?php
					wp_nav_menu(
						array(
							'theme_location' => 'primary',
							'container'      => false,
							'menu_class'     => 'mrd-menu',
							'depth'          => 2,
							'fallback_cb'    => false,
						)
					);
					?>
				</nav>
			<?php endif; ?>
		</div>
	</header>

	<div class="mrd-site-inner">
		<div class="mrd-wrap mrd-content-sidebar-wrap">
