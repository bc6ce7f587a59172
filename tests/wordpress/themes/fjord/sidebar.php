<?php
/**
 * Sidopanelen. Visar widgetar om sådana finns, annars en standarduppsättning.
 *
 * @package Fjord
 */
?>
<div id="sidebar">
<?php if ( ! dynamic_sidebar( 'sidebar-1' ) ) : ?>

	<div id="search" class="widget widget_search">
		<?php get_search_form(); ?>
	</div>

	<div id="categories" class="widget widget_categories">
		<h3 class="widgettitle"><?php esc_html_e( 'Kategorier', 'fjord' ); ?></h3>
		<ul>
			<?php
			wp_list_categories( array(
				'title_li'   => '',
				'show_count' => 1,
			) );
			?>
		</ul>
	</div>

	<div id="archives" class="widget widget_archive">
		<h3 class="widgettitle"><?php esc_html_e( 'Arkiv', 'fjord' ); ?></h3>
		<ul>
			<?php
			wp_get_archives( array(
				'type' => 'monthly',
			) );
			?>
		</ul>
	</div>

	<?php
	$fjord_recent = new WP_Query( array(
		'posts_per_page'      => 5,
		'post_status'         => 'publish',
		'ignore_sticky_posts' => true,
		'no_found_rows'       => true,
	) );
	if ( $fjord_recent->have_posts() ) :
		?>
	<div id="recent-posts" class="widget widget_recent_entries">
		<h3 class="widgettitle"><?php esc_html_e( 'Senaste inlägg', 'fjord' ); ?></h3>
		<ul>
			<?php
			while ( $fjord_recent->have_posts() ) :
				$fjord_recent->the_post();
				?>
			<li><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a></li>
			<?php endwhile; ?>
		</ul>
	</div>
		<?php
		wp_reset_postdata();
	endif;
	?>

	<div id="meta" class="widget widget_meta">
		<h3 class="widgettitle"><?php esc_html_e( 'Meta', 'fjord' ); ?></h3>
		<ul>
			<?php wp_register(); ?>
			<li><?php wp_loginout(); ?></li>
			<?php wp_meta(); ?>
		</ul>
	</div>

<?php endif; ?>
</div><!-- #sidebar -->
