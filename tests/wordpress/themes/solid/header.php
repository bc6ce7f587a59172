<?php
/**
 * Header: top bar with trending ticker, mobile off-canvas nav, main header.
 *
 * @package solid
 */
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11"/>
	<link rel="alternate" type="application/rss+xml" title="<?php bloginfo( 'name' ); ?> RSS-flöde" href="<?php bloginfo( 'rss2_url' ); ?>"/>
	<link rel="pingback" href="<?php bloginfo( 'pingback_url' ); ?>"/>
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div class="wrapper-boxed header-style-header-6 header-search-style-default">
	<div class="penci-header-wrap">
		<div class="penci-top-bar no-social topbar-menu">
			<div class="container">
				<div class="penci-headline" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement">
					<div class="pctopbar-item penci-topbar-ctime">
						<?php echo esc_html( wp_date( 'l, j F Y' ) ); ?>
					</div>
					<?php
					$solid_trending = new WP_Query( array(
						'post_type'           => 'post',
						'posts_per_page'      => 5,
						'ignore_sticky_posts' => true,
						'no_found_rows'       => true,
					) );
					if ( $solid_trending->have_posts() ) :
						?>
						<div class="pctopbar-item penci-topbar-trending">
							<span class="headline-title nticker-style-1">Aktuellt</span>
							<span class="penci-trending-nav">
								<a class="penci-slider-prev" href="#" aria-label="Föregående"><i class="penci-faicon fa fa-angle-left" ></i></a>
								<a class="penci-slider-next" href="#" aria-label="Nästa"><i class="penci-faicon fa fa-angle-right" ></i></a>
							</span>
							<div class="penci-owl-carousel penci-owl-carousel-slider penci-headline-posts" data-auto="true" data-nav="false" data-autotime="3000" data-speed="200" data-anim="slideInUp">
								<?php
								while ( $solid_trending->have_posts() ) :
									$solid_trending->the_post();
									?>
									<div>
										<a class="penci-topbar-post-title" href="<?php the_permalink(); ?>"><?php echo esc_html( wp_trim_words( wp_strip_all_tags( get_the_title() ), 8, '...' ) ); ?></a>
									</div>
								<?php endwhile; ?>
							</div>
						</div>
						<?php
					endif;
					wp_reset_postdata();
					?>
					<div class="pctopbar-item penci-topbar-social">
						<?php solid_social_icons(); ?>
					</div>
				</div>
			</div>
		</div>

		<a id="close-sidebar-nav" class="header-6"><i class="penci-faicon fa fa-close" ></i></a>
		<nav id="sidebar-nav" class="header-6" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement">
			<div id="sidebar-nav-logo">
				<a href="<?php echo esc_url( home_url( '/' ) ); ?>"><img class="penci-lazy" src="<?php echo esc_url( get_template_directory_uri() . '/images/penci-holder.png' ); ?>" data-src="<?php echo esc_url( get_template_directory_uri() . '/images/logo.png' ); ?>" alt="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>"/></a>
			</div>
			<div class="header-social sidebar-nav-social">
				<?php solid_social_icons(); ?>
			</div>
			<?php solid_main_menu( 'menu-huvudmeny-1' ); ?>
		</nav>

		<header id="header" class="header-header-6 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
			<nav id="navigation" class="header-layout-top header-6 menu-style-1" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement">
				<div class="container">
					<div class="button-menu-mobile header-6"><i class="penci-faicon fa fa-bars" ></i></div>
					<div id="logo">
						<a href="<?php echo esc_url( home_url( '/' ) ); ?>">
							<img class="penci-mainlogo penci-limg" src="<?php echo esc_url( get_template_directory_uri() . '/images/logo.png' ); ?>" alt="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>" width="180" height="60">
						</a>
					</div>
					<?php solid_main_menu( 'menu-huvudmeny' ); ?>
					<div id="top-search" class="penci-top-search pcheader-icon top-search-classes">
						<a class="search-click" aria-label="Sök"><i class="penci-faicon fa fa-search" ></i></a>
						<div class="show-search">
							<?php get_search_form(); ?>
							<a class="search-click close-search"><i class="penci-faicon fa fa-close" ></i></a>
						</div>
					</div>
				</div>
			</nav>
		</header>
	</div>
	<!-- end #header -->
