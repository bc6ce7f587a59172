<?php
/**
 * Huvudmallen: startsidan, arkiv, kategorier, etiketter, sök.
 *
 * @package Fjord
 */

get_header(); ?>

	<div id="content">

	<?php if ( have_posts() ) : ?>

		<?php if ( is_category() ) : ?>
		<h2 class="pagetitle"><?php printf( esc_html__( 'Arkiv för kategorin ”%s”', 'fjord' ), esc_html( single_cat_title( '', false ) ) ); ?></h2>
		<?php elseif ( is_tag() ) : ?>
		<h2 class="pagetitle"><?php printf( esc_html__( 'Inlägg med etiketten ”%s”', 'fjord' ), esc_html( single_tag_title( '', false ) ) ); ?></h2>
		<?php elseif ( is_search() ) : ?>
		<h2 class="pagetitle"><?php printf( esc_html__( 'Sökresultat för ”%s”', 'fjord' ), esc_html( get_search_query( false ) ) ); ?></h2>
		<?php elseif ( is_day() ) : ?>
		<h2 class="pagetitle"><?php printf( esc_html__( 'Arkiv för %s', 'fjord' ), esc_html( get_the_date() ) ); ?></h2>
		<?php elseif ( is_month() ) : ?>
		<h2 class="pagetitle"><?php printf( esc_html__( 'Arkiv för %s', 'fjord' ), esc_html( get_the_date( 'F Y' ) ) ); ?></h2>
		<?php elseif ( is_year() ) : ?>
		<h2 class="pagetitle"><?php printf( esc_html__( 'Arkiv för %s', 'fjord' ), esc_html( get_the_date( 'Y' ) ) ); ?></h2>
		<?php elseif ( is_author() ) : ?>
		<h2 class="pagetitle"><?php printf( esc_html__( 'Inlägg av %s', 'fjord' ), esc_html( get_the_author_meta( 'display_name', (int) get_query_var( 'author' ) ) ) ); ?></h2>
		<?php elseif ( is_archive() ) : ?>
		<h2 class="pagetitle"><?php esc_html_e( 'Arkiv', 'fjord' ); ?></h2>
		<?php endif; ?>

		<?php while ( have_posts() ) : the_post(); ?>

		<div <?php post_class(); ?> id="post-<?php the_ID(); ?>">
			<h2><a href="<?php the_permalink(); ?>" rel="bookmark" title="<?php echo esc_attr( sprintf( __( 'Permanent länk till %s', 'fjord' ), the_title_attribute( array( 'echo' => false ) ) ) ); ?>"><?php the_title(); ?></a></h2>

			<?php if ( 'post' === get_post_type() ) : ?>
			<div class="postmeta">
				<?php esc_html_e( 'Skrivet den', 'fjord' ); ?> <?php the_time( get_option( 'date_format' ) ); ?> <?php esc_html_e( 'av', 'fjord' ); ?> <?php the_author_posts_link(); ?>
				<?php if ( is_sticky() && is_home() && ! is_paged() ) : ?>
				<span class="sticky-label">&middot; <?php esc_html_e( 'Utvalt', 'fjord' ); ?></span>
				<?php endif; ?>
			</div>
			<?php endif; ?>

			<div class="entry">
				<?php the_excerpt(); ?>
				<p class="more-link-wrap"><a href="<?php the_permalink(); ?>" class="more-link"><?php esc_html_e( 'Läs hela inlägget &raquo;', 'fjord' ); ?></a></p>
			</div>

			<?php if ( 'post' === get_post_type() ) : ?>
			<p class="postmetadata">
				<?php
				$fjord_cats = fjord_term_links( get_the_category(), 'category' );
				if ( $fjord_cats ) {
					echo esc_html__( 'Kategori:', 'fjord' ) . ' ' . $fjord_cats;
				}
				?>
				<?php if ( comments_open() || get_comments_number() ) : ?>
				| <?php comments_popup_link( __( 'Inga kommentarer', 'fjord' ), __( '1 kommentar', 'fjord' ), __( '% kommentarer', 'fjord' ), 'comments-link', __( 'Kommentarer är stängda', 'fjord' ) ); ?>
				<?php endif; ?>
				<?php edit_post_link( __( 'Redigera', 'fjord' ), ' | ', '' ); ?>
			</p>
			<?php endif; ?>
		</div><!-- #post-<?php the_ID(); ?> -->

		<?php endwhile; ?>

		<div class="navigation">
			<div class="alignleft"><?php next_posts_link( __( '&laquo; Äldre inlägg', 'fjord' ) ); ?></div>
			<div class="alignright"><?php previous_posts_link( __( 'Nyare inlägg &raquo;', 'fjord' ) ); ?></div>
		</div>

	<?php else : ?>

		<div class="post no-results">
			<h2><?php esc_html_e( 'Inget hittades', 'fjord' ); ?></h2>
			<div class="entry">
				<?php if ( is_search() ) : ?>
				<p><?php esc_html_e( 'Tyvärr gav sökningen inga träffar. Försök gärna med andra sökord.', 'fjord' ); ?></p>
				<?php else : ?>
				<p><?php esc_html_e( 'Det finns inga inlägg här ännu.', 'fjord' ); ?></p>
				<?php endif; ?>
				<?php get_search_form(); ?>
			</div>
		</div>

	<?php endif; ?>

	</div><!-- #content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
