<?php
/**
 * Arkiv: kategori (Newspaper category template 1 med big grid), tagg, författare och datum.
 */
get_header();

global $wp_locale;
$tidig_title = '';
if ( is_category() ) {
	$tidig_title = single_cat_title( '', false );
} elseif ( is_tag() ) {
	$tidig_title = single_tag_title( '', false );
} elseif ( is_author() ) {
	$tidig_title = get_the_author_meta( 'display_name', (int) get_query_var( 'author' ) );
} elseif ( is_day() ) {
	$tidig_title = 'Dagsarkiv: ' . (int) get_query_var( 'day' ) . ' ' . $wp_locale->get_month( (int) get_query_var( 'monthnum' ) ) . ' ' . (int) get_query_var( 'year' );
} elseif ( is_month() ) {
	$tidig_title = 'Månadsarkiv: ' . $wp_locale->get_month( (int) get_query_var( 'monthnum' ) ) . ' ' . (int) get_query_var( 'year' );
} elseif ( is_year() ) {
	$tidig_title = 'Årsarkiv: ' . (int) get_query_var( 'year' );
} else {
	$tidig_title = 'Arkiv';
}

if ( is_category() ) {
	$tidig_cat = get_queried_object();
	?>

<div class="td-category-header td-container-wrap">
    <div class="td-container">
        <div class="td-pb-row">
            <div class="td-pb-span12">
                <div class="td-crumb-container"><?php echo tidig_breadcrumbs(); // phpcs:ignore ?></div>

                    <h1 class="entry-title td-page-title"><?php echo esc_html( $tidig_title ); ?></h1>
                    <?php
                    $tidig_desc = category_description();
                    if ( $tidig_desc ) {
                        echo '<div class="td-category-description">' . $tidig_desc . '</div>'; // phpcs:ignore
                    }
                    ?>
            </div>
        </div>
        <?php
        $tidig_children = get_categories(
            array(
                'parent'     => (int) $tidig_cat->term_id,
                'hide_empty' => false,
            )
        );
        ?>
        <div class="td-category-siblings"><ul class="td-category"><li class="entry-category"><a  class="td-current-sub-category" href="<?php echo esc_url( get_category_link( $tidig_cat->term_id ) ); ?>"><?php echo esc_html( $tidig_cat->name ); ?></a></li><?php
        foreach ( $tidig_children as $tidig_child ) {
            echo '<li class="entry-category"><a  href="' . esc_url( get_category_link( $tidig_child->term_id ) ) . '">' . esc_html( $tidig_child->name ) . '</a></li>';
        }
        ?></ul><div class="td-subcat-dropdown td-pulldown-filter-display-option"><div class="td-subcat-more"><i class="td-icon-menu-down"></i></div><ul class="td-pulldown-filter-list"></ul></div><div class="clearfix"></div></div>
        <?php
        $tidig_f_uid = tidig_uid();
        $tidig_base  = get_category_link( $tidig_cat->term_id );
        $tidig_filters = array(
            ''              => 'Senaste',
            'featured'      => 'Utvalda inlägg',
            'popular'       => 'Mest populära',
            'popular7'      => 'Populärast senaste 7 dagarna',
            'review_high'   => 'Efter betyg',
            'random_posts'  => 'Slumpvis',
        );
        ?>
        <div class="td-category-pulldown-filter td-wrapper-pulldown-filter"><div class="td-pulldown-filter-display-option"><div class="td-subcat-more">Senaste <i class="td-icon-menu-down"></i></div><ul class="td-pulldown-filter-list"><?php
        foreach ( $tidig_filters as $tidig_k => $tidig_label ) {
            $tidig_href = ( '' === $tidig_k ) ? $tidig_base : add_query_arg( 'filter_by', $tidig_k, $tidig_base );
            echo '<li class="td-pulldown-filter-item"><a class="td-pulldown-category-filter-link" id="' . esc_attr( tidig_uid() ) . '" data-td_block_id="' . esc_attr( $tidig_f_uid ) . '" href="' . esc_url( $tidig_href ) . '">' . esc_html( $tidig_label ) . '</a></li>';
        }
        ?></ul></div></div>
    </div>
</div>

	<?php
	if ( ! is_paged() ) {
		$tidig_grid = tidig_block_big_grid( $tidig_cat->term_id );
		if ( $tidig_grid ) {
			?>
<!-- big grid -->
<div class="td-category-grid td-container-wrap">
    <div class="td-container">
        <div class="td-pb-row">
            <div class="td-pb-span12">
                <?php echo $tidig_grid; // phpcs:ignore ?>
            </div>
        </div>
    </div>
</div>
			<?php
		}
	}
}
?>

<div class="td-main-content-wrap td-container-wrap">
    <div class="td-container">
        <?php if ( ! is_category() ) { ?>
        <div class="td-crumb-container">
            <?php echo tidig_breadcrumbs(); // phpcs:ignore ?>
        </div>
        <?php } ?>

        <div class="td-pb-row">
                            <div class="td-pb-span8 td-main-content">
                    <div class="td-ss-main-content">
                        <?php if ( ! is_category() ) { ?>
                        <div class="td-page-header">
                            <h1 class="entry-title td-page-title">
                                <span><?php echo esc_html( $tidig_title ); ?></span>
                            </h1>
                        </div>
                        <?php
                        if ( is_author() ) {
                            echo tidig_author_box( (int) get_query_var( 'author' ), 'td-author-page' ); // phpcs:ignore
                        } elseif ( is_tag() && tag_description() ) {
                            echo '<div class="td-category-description">' . tag_description() . '</div>'; // phpcs:ignore
                        }
                        }

                        $GLOBALS['tidig_loop_module'] = 'td_module_2';
                        get_template_part( 'loop' );
                        tidig_posts_pagination();
                        ?>
                    </div>
                </div>
                <div class="td-pb-span4 td-main-sidebar">
                    <div class="td-ss-main-sidebar">
                        <?php get_sidebar(); ?>
                    </div>
                </div>
                    </div> <!-- /.td-pb-row -->
    </div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
